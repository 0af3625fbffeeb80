/**
 * Public API of the DTLS room: the server core, its configuration, the credential callback
 * the layer above implements, server identity loading, and the types they use.
 */
export { DtlsServer, type DtlsServerIo, type DtlsServerStats } from './dtls-server.js';
export type { DtlsConnection, EstablishedSession } from './connection.js';
export { resolveConfig, systemClock, type DtlsClock, type DtlsServerConfig, type ResolvedDtlsConfig } from './config.js';
export { commonNameOf, type DtlsCredentialStore, type DtlsPeerIdentity, type DtlsServerIdentity } from './credentials.js';
export { DtlsConfigError, keystoreUnsupported, loadServerIdentityFromPem, parsePemCertificates } from './server-identity.js';
export { CIPHER_SUITES, type CipherSuite, type CipherSuiteName } from './cipher-suites.js';
export { DtlsAlertError } from './errors.js';
