#!/usr/bin/env bash
# Generates typed protobuf code from proto/*.proto into src/gen (or into $1: the staleness test
# regenerates into a temp dir and compares bytes).
# Choices:
#  - static-module + es6 wrapper: plain ESM, no .proto parsing at run time.
#  - --force-long: every int64 is a Long (full 64-bit precision; UUID halves are signed Java longs).
#  - --keep-case: field names exactly as in the schema (KeyValueProto.bool_v, ...).
#  - no verify/delimited helpers (unused).
#  - protobufjs has no "exports" map, so Node ESM needs the file extension: "protobufjs/minimal.js".
#  - pbts reads the JSDoc of a commented build; the committed .js is the comment-free build (smaller).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-src/gen}"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
bin=node_modules/.bin
common=(-t static-module -w es6 --keep-case --force-long --no-verify --no-delimited --dependency protobufjs/minimal.js)
inputs=(proto/tbmsg.proto proto/queue.proto)
"$bin/pbjs" "${common[@]}" -o "$tmp/wire.js" "${inputs[@]}"
"$bin/pbts" --no-comments -o "$out/wire.d.ts" "$tmp/wire.js"
"$bin/pbjs" "${common[@]}" --no-comments -o "$out/wire.js" "${inputs[@]}"
# pbts emits `import Long = require("long")`, which an ESM (NodeNext) declaration file cannot use.
sed -i -e 's|^import Long = require("long");|import Long from "long";|' "$out/wire.d.ts"
# Edge RPC link (src/edge): its own module and protobufjs root ("edge"), so it never replaces the
# wire module's "transport" namespace (proto/edge-transport.proto holds the few transport types it uses).
edge=(-r edge)
"$bin/pbjs" "${common[@]}" "${edge[@]}" -o "$tmp/edge.js" proto/edge.proto
"$bin/pbts" --no-comments -o "$out/edge.d.ts" "$tmp/edge.js"
"$bin/pbjs" "${common[@]}" "${edge[@]}" --no-comments -o "$out/edge.js" proto/edge.proto
sed -i -e 's|^import Long = require("long");|import Long from "long";|' "$out/edge.d.ts"
