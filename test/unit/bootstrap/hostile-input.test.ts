import { describe, expect, it } from 'vitest';
import { parseBootstrapQuery } from '../../../src/lwm2m/bootstrap/bootstrap-request.js';
import { discoveredAccounts } from '../../../src/lwm2m/bootstrap/bootstrap-plan.js';
import type { CoreLink } from '../../../src/lwm2m/codec/link-format.js';

/** Seeded pseudo-random input (xorshift32): the parsers answer with a value, never an exception. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const ALPHABET = 'ep=pct&/0123456789ssid,<>;"abc\u0000\u00ff ';

function randomText(r: () => number, max: number): string {
  const n = Math.floor(r() * max);
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
  return s;
}

describe('bootstrap parsers on hostile input', () => {
  it('parseBootstrapQuery returns ok or a reason for 5000 random queries', () => {
    const r = rng(7);
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const query = Array.from({ length: Math.floor(r() * 4) }, () => randomText(r, 40));
      const out = parseBootstrapQuery(query);
      if (out.ok) {
        accepted++;
        expect(out.value.endpoint.length).toBeGreaterThan(0);
      } else expect(typeof out.reason).toBe('string');
    }
    // The generator does produce valid requests now and then (ep=...), so both branches ran.
    expect(accepted).toBeGreaterThan(0);
  });

  it('discoveredAccounts ignores links that are not Security/Server instances', () => {
    const r = rng(11);
    for (let i = 0; i < 2000; i++) {
      const links: CoreLink[] = Array.from({ length: 5 }, () => ({ uri: randomText(r, 12), attributes: { ssid: randomText(r, 6) } }));
      const found = discoveredAccounts(links);
      for (const [id, ssid] of [...found.security, ...found.server]) {
        expect(Number.isInteger(id)).toBe(true);
        expect(ssid === undefined || Number.isInteger(ssid)).toBe(true);
      }
    }
    expect([...discoveredAccounts([{ uri: '/0/65535', attributes: {} }, { uri: '/1/2/3', attributes: {} }, { uri: '/0/1', attributes: { ssid: '12' } }]).security]).toEqual([[1, 12]]);
  });
});
