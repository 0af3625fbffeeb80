#!/usr/bin/env bash
# Installs the real protocol peers the tests start on 127.0.0.1 (DESIGN.md "Real peers"):
# the librdkafka mock broker (kcat), ZooKeeper, Redis, libcoap's clients, OpenSSL and GnuTLS.
set -euo pipefail
packages=(kcat zookeeper redis-server libcoap3-bin openssl gnutls-bin)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
