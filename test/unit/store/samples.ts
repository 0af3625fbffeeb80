import type { StoredObservation, StoredRegistration } from '../../../src/lwm2m/registration/state-store.js';

/** Stored records used by the store tests. */

export const sampleRegistration: StoredRegistration = {
  id: 'AbCdEf12',
  endpoint: 'urn:imei:356938035643809',
  peer: { address: '127.0.0.1', port: 40123, secure: true, identity: { kind: 'psk', identity: 'dev-1' } },
  lifetimeSec: 300,
  lwm2mVersion: '1.1',
  binding: 'U',
  queueMode: false,
  rootPath: '',
  objects: [
    { id: 1, version: '1.0', instances: [0] },
    { id: 3, version: '1.1', instances: [0] },
  ],
  contentFormats: [112, 110],
  registeredAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
  expiresAt: 1_700_000_400_000,
};

export const sampleObservation: StoredObservation = {
  registrationId: 'AbCdEf12',
  token: '0a0b0c0d00000001',
  paths: ['/3_1.1/0/9'],
  composite: false,
  format: 112,
  lastObserve: 7,
};
