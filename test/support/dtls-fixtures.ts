/**
 * Test-only DTLS keys and certificates, generated with the openssl CLI into a temp dir per
 * test file (no private keys are committed): a P-256 CA, server and client certificates
 * issued by it (valid 30 days; tests move the server clock to see them expire), and a
 * self-signed "stranger" client certificate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DtlsTestPki {
  readonly dir: string;
  readonly caPem: string;
  readonly serverCertPem: string;
  readonly serverKeyPem: string;
  readonly clientCertPem: string;
  readonly clientKeyPem: string;
  /** Paths of the same, for CLI peers. */
  readonly files: {
    ca: string;
    serverCert: string;
    serverKey: string;
    clientCert: string;
    clientKey: string;
    /** The client key in SEC1 ("EC PRIVATE KEY") form, which GnuTLS wants for -M. */
    clientKeySec1: string;
    /** Client key + self-signed cert not issued by the CA. */
    strangerCert: string;
    strangerKey: string;
  };
  cleanup(): void;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

export function makeDtlsTestPki(clientCn = 'client-ep'): DtlsTestPki {
  const dir = mkdtempSync(join(tmpdir(), 'dtls-pki-'));
  for (const n of ['ca', 'server', 'client', 'stranger']) {
    openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${n}.key`], dir);
    // PKCS#8 is what most tools expect for "-----BEGIN PRIVATE KEY-----".
    openssl(['pkcs8', '-topk8', '-nocrypt', '-in', `${n}.key`, '-out', `${n}.p8.pem`], dir);
  }
  writeFileSync(join(dir, 'ca.ext'), 'basicConstraints=critical,CA:TRUE\nkeyUsage=keyCertSign,cRLSign\n');
  writeFileSync(join(dir, 'leaf.ext'), 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n');
  openssl(['req', '-x509', '-new', '-key', 'ca.key', '-subj', '/CN=dtls-test-ca', '-days', '30', '-out', 'ca.pem', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=keyCertSign,cRLSign'], dir);
  const issue = (name: string, cn: string, extraArgs: string[]): void => {
    openssl(['req', '-new', '-key', `${name}.key`, '-subj', `/CN=${cn}`, '-out', `${name}.csr`], dir);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-extfile', 'leaf.ext', '-out', `${name}.pem`, ...extraArgs], dir);
  };
  issue('server', 'localhost', ['-days', '30']);
  issue('client', clientCn, ['-days', '30']);
  openssl(['req', '-x509', '-new', '-key', 'stranger.key', '-subj', '/CN=stranger', '-days', '30', '-out', 'stranger.pem'], dir);
  const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
  return {
    dir,
    caPem: read('ca.pem'),
    serverCertPem: read('server.pem'),
    serverKeyPem: read('server.p8.pem'),
    clientCertPem: read('client.pem'),
    clientKeyPem: read('client.p8.pem'),
    files: {
      ca: join(dir, 'ca.pem'),
      serverCert: join(dir, 'server.pem'),
      serverKey: join(dir, 'server.p8.pem'),
      clientCert: join(dir, 'client.pem'),
      clientKey: join(dir, 'client.p8.pem'),
      clientKeySec1: join(dir, 'client.key'),
      strangerCert: join(dir, 'stranger.pem'),
      strangerKey: join(dir, 'stranger.p8.pem'),
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
