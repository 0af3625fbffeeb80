/**
 * Maps the operator's Kafka variables (src/config/kafka-config.ts) onto kafkajs client options.
 * Java trust/key stores (JKS/PKCS12) cannot be read by Node: PEM files are accepted in the same
 * variables instead (thingsboard-transport-wire.md §1.8).
 */
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import { CompressionTypes, type KafkaConfig as KafkajsConfig, type SASLOptions } from 'kafkajs';
import type { KafkaConfig } from '../config/kafka-config.js';

export class KafkaSetupError extends Error {
  override readonly name = 'KafkaSetupError';
}

function readPem(variable: string, file: string): string {
  if (!/\.(pem|crt|cer|key)$/i.test(file)) {
    throw new KafkaSetupError(`${variable}=${file}: only PEM files are supported (Node cannot read JKS/PKCS12 stores)`);
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new KafkaSetupError(`${variable}=${file}: cannot read (${(e as Error).message})`);
  }
}

/** Confluent's JAAS line: `... username="u" password="p";` */
export function parseJaasCredentials(jaas: string): { username: string; password: string } | undefined {
  const u = /username\s*=\s*"([^"]*)"/.exec(jaas);
  const p = /password\s*=\s*"([^"]*)"/.exec(jaas);
  return u?.[1] !== undefined && p?.[1] !== undefined ? { username: u[1], password: p[1] } : undefined;
}

export function tlsAndSasl(c: KafkaConfig): Pick<KafkajsConfig, 'ssl' | 'sasl'> {
  if (c.useConfluentCloud) {
    if (c.confluentSaslMechanism !== 'PLAIN') {
      throw new KafkaSetupError('TB_QUEUE_KAFKA_CONFLUENT_SASL_MECHANISM=OAUTHBEARER is not supported by this transport yet; use PLAIN');
    }
    const creds = parseJaasCredentials(c.confluentSaslJaasConfig);
    if (!creds) throw new KafkaSetupError('TB_QUEUE_KAFKA_CONFLUENT_SASL_JAAS_CONFIG must contain username="..." and password="..."');
    const sasl: SASLOptions = { mechanism: 'plain', ...creds };
    return { ssl: true, sasl };
  }
  if (!c.sslEnabled) return {};
  const tls: ConnectionOptions = {};
  if (c.sslTruststoreLocation) tls.ca = readPem('TB_KAFKA_SSL_TRUSTSTORE_LOCATION', c.sslTruststoreLocation);
  if (c.sslKeystoreLocation) {
    const pem = readPem('TB_KAFKA_SSL_KEYSTORE_LOCATION', c.sslKeystoreLocation);
    tls.cert = pem;
    tls.key = pem;
    if (c.sslKeyPassword) tls.passphrase = c.sslKeyPassword;
  }
  return { ssl: tls };
}

export function compressionOf(c: KafkaConfig): CompressionTypes {
  switch (c.compressionType) {
    case 'none':
      return CompressionTypes.None;
    case 'gzip':
      return CompressionTypes.GZIP;
    case 'lz4':
      throw new KafkaSetupError('TB_KAFKA_COMPRESSION_TYPE=lz4 needs an lz4 codec that kafkajs does not ship; use none or gzip');
  }
}

export function acksOf(c: KafkaConfig): number {
  return c.acks === 'all' ? -1 : Number(c.acks);
}
