import { describe, expect, it } from 'vitest';
import type { StoredRegistration } from '../../../src/lwm2m/registration/state-store.js';
import {
  decodeObservation,
  decodeRegistration,
  encodeObservation,
  encodeRegistration,
  STATE_FORMAT_VERSION,
} from '../../../src/store/state-serdes.js';
import { sampleObservation, sampleRegistration } from './samples.js';

describe('stored state JSON', () => {
  it('round-trips a registration with identity, formats and objects', () => {
    expect(decodeRegistration(encodeRegistration(sampleRegistration))).toEqual(sampleRegistration);
  });

  it('round-trips a plain UDP registration without optional fields (none come back as keys)', () => {
    const { contentFormats: _c, ...rest } = sampleRegistration;
    const plain: StoredRegistration = { ...rest, peer: { address: '10.0.0.1', port: 5683, secure: false } };
    const back = decodeRegistration(encodeRegistration(plain));
    expect(back).toEqual(plain);
    expect(back !== undefined && 'contentFormats' in back).toBe(false);
    expect(back !== undefined && 'identity' in back.peer).toBe(false);
  });

  it('keeps whether an X.509 chain was trusted, so a restored device is looked up the same way', () => {
    for (const trusted of [true, false]) {
      const peer = { address: '127.0.0.1', port: 40124, secure: true, identity: { kind: 'x509' as const, certificate: 'AQID', commonName: 'dev-x', trusted } };
      const reg: StoredRegistration = { ...sampleRegistration, peer };
      expect(decodeRegistration(encodeRegistration(reg))?.peer.identity).toEqual(peer.identity);
    }
  });

  it('round-trips an observation and tags records with the format version', () => {
    const raw = encodeObservation(sampleObservation);
    expect(JSON.parse(raw).v).toBe(STATE_FORMAT_VERSION);
    expect(decodeObservation(raw)).toEqual(sampleObservation);
  });

  it('refuses hostile or foreign records with undefined, never a throw', () => {
    const good = JSON.parse(encodeRegistration(sampleRegistration));
    const bad = [
      'not json',
      '',
      'null',
      '[]',
      JSON.stringify({ ...good, v: 2 }),
      JSON.stringify({ ...good, v: undefined }),
      JSON.stringify({ ...good, peer: { ...good.peer, port: 70000 } }),
      JSON.stringify({ ...good, lwm2mVersion: '2.0' }),
      JSON.stringify({ ...good, endpoint: 'x'.repeat(300) }),
      JSON.stringify({ ...good, objects: 'all' }),
      JSON.stringify({ ...good, lifetimeSec: -1 }),
      JSON.stringify({ ...good, peer: { ...good.peer, identity: { kind: 'token', value: 'x' } } }),
    ];
    for (const raw of bad) expect(decodeRegistration(raw), raw.slice(0, 60)).toBeUndefined();
    const obs = JSON.parse(encodeObservation(sampleObservation));
    const badObs = [
      JSON.stringify({ ...obs, token: '0102030405060708090a' }), // 10 bytes: longer than CoAP allows
      JSON.stringify({ ...obs, token: 'xyz' }),
      JSON.stringify({ ...obs, paths: [] }),
      JSON.stringify({ ...obs, lastObserve: 0x1000000 }),
      '{"v":1}',
    ];
    for (const raw of badObs) expect(decodeObservation(raw), raw.slice(0, 60)).toBeUndefined();
  });
});
