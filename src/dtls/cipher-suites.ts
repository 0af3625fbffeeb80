/**
 * The cipher suites this server implements. Code points: RFC 6655 §3 (PSK CCM_8), RFC 5487
 * §3.2 (PSK CBC_SHA256), RFC 7251 §2 (ECDHE_ECDSA CCM_8), RFC 5289 §3 (ECDHE_ECDSA CBC_SHA256,
 * GCM_SHA256). All use the SHA-256 PRF and AES-128.
 */
export type KeyExchange = 'psk' | 'ecdhe_ecdsa';
export type BulkCipher = 'ccm8' | 'gcm' | 'cbc';

export interface CipherSuite {
  readonly id: number;
  readonly name: string;
  readonly keyExchange: KeyExchange;
  readonly cipher: BulkCipher;
  readonly macKeyLength: number;
  readonly keyLength: number;
  /** fixed_iv_length: the implicit salt of AEAD nonces (RFC 5116 §3.2.1); 0 for CBC. */
  readonly fixedIvLength: number;
}

export const CIPHER_SUITES: readonly CipherSuite[] = [
  { id: 0xc0a8, name: 'TLS_PSK_WITH_AES_128_CCM_8', keyExchange: 'psk', cipher: 'ccm8', macKeyLength: 0, keyLength: 16, fixedIvLength: 4 },
  { id: 0x00ae, name: 'TLS_PSK_WITH_AES_128_CBC_SHA256', keyExchange: 'psk', cipher: 'cbc', macKeyLength: 32, keyLength: 16, fixedIvLength: 0 },
  { id: 0xc0ae, name: 'TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8', keyExchange: 'ecdhe_ecdsa', cipher: 'ccm8', macKeyLength: 0, keyLength: 16, fixedIvLength: 4 },
  { id: 0xc023, name: 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256', keyExchange: 'ecdhe_ecdsa', cipher: 'cbc', macKeyLength: 32, keyLength: 16, fixedIvLength: 0 },
  { id: 0xc02b, name: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', keyExchange: 'ecdhe_ecdsa', cipher: 'gcm', macKeyLength: 0, keyLength: 16, fixedIvLength: 4 },
];

export type CipherSuiteName = (typeof CIPHER_SUITES)[number]['name'];

export function suiteById(id: number): CipherSuite | undefined {
  return CIPHER_SUITES.find((s) => s.id === id);
}

export function suiteByName(name: string): CipherSuite | undefined {
  return CIPHER_SUITES.find((s) => s.name === name);
}

export function isAead(suite: CipherSuite): boolean {
  return suite.cipher !== 'cbc';
}
