import { describe, expect, it } from 'vitest';
import { formatLinkFormat, linkPath, parseLinkFormat, type CoreLink } from '../../../src/lwm2m/codec/link-format.js';
import { CodecError } from '../../../src/lwm2m/errors.js';

describe('parseLinkFormat', () => {
  it('parses the LwM2M 1.1 Register payload (§6.2.1.1) and writes it back unchanged', () => {
    const text = '</>;rt="oma.lwm2m";ct=11543,</1/0>,</3/0>;ver=1.1';
    const links = parseLinkFormat(text);
    expect(links).toEqual([
      { uri: '/', attributes: { rt: 'oma.lwm2m', ct: '11543' } },
      { uri: '/1/0', attributes: {} },
      { uri: '/3/0', attributes: { ver: '1.1' } },
    ]);
    expect(formatLinkFormat(links)).toBe(text);
  });

  it('parses the RFC 6690 §5 examples, including whitespace between links', () => {
    const text =
      '</sensors>;ct=40;title="Sensor Index",\n' +
      '</sensors/temp>;rt="temperature-c";if="sensor",\n' +
      '</sensors/light>;rt="light-lux";if="sensor",\n' +
      '<http://www.example.com/sensors/t123>;anchor="/sensors/temp";rel="describedby",\n' +
      '</t>;anchor="/sensors/temp";rel="alternate"';
    const links = parseLinkFormat(text);
    expect(links).toHaveLength(5);
    expect(links[0]).toEqual({ uri: '/sensors', attributes: { ct: '40', title: 'Sensor Index' } });
    expect(links[3]).toEqual({
      uri: 'http://www.example.com/sensors/t123',
      attributes: { anchor: '/sensors/temp', rel: 'describedby' },
    });
    expect(formatLinkFormat(links)).toBe(text.replace(/\n/g, ''));
  });

  it('parses a Discover response with bare and numeric attributes (§5.4.2)', () => {
    const links = parseLinkFormat('</3/0>;pmin=10;pmax=60,</3/0/1>,</3/0/7>;dim=8,</3/0/13>;obs;lt=-1.5');
    expect(links[2]).toEqual({ uri: '/3/0/7', attributes: { dim: '8' } });
    expect(links[3]).toEqual({ uri: '/3/0/13', attributes: { obs: true, lt: '-1.5' } });
    expect(formatLinkFormat(links)).toBe('</3/0>;pmin=10;pmax=60,</3/0/1>,</3/0/7>;dim=8,</3/0/13>;obs;lt=-1.5');
  });

  it('keeps commas, semicolons and escaped quotes inside quoted values', () => {
    const links = parseLinkFormat('</a>;title="x, y; \\"z\\" \\\\",</b>;ct="60 110 112 11543"');
    expect(links).toEqual([
      { uri: '/a', attributes: { title: 'x, y; "z" \\' } },
      { uri: '/b', attributes: { ct: '60 110 112 11543' } },
    ]);
    expect(parseLinkFormat(formatLinkFormat(links))).toEqual(links);
  });

  it('keeps the first of repeated parameters and returns no links for an empty payload', () => {
    expect(parseLinkFormat('</1>;ver=1.0;ver=2.0')[0]?.attributes).toEqual({ ver: '1.0' });
    expect(parseLinkFormat('')).toEqual([]);
    expect(parseLinkFormat('  \n')).toEqual([]);
  });

  it('stores a "__proto__" parameter as plain data', () => {
    const [link] = parseLinkFormat('</1>;__proto__=x');
    expect(Object.keys(link?.attributes ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(link?.attributes)).toBe(Object.prototype);
  });

  it.each([
    ['no angle brackets', '/3/0'],
    ['unterminated uri', '</3/0'],
    ['space in uri', '</3 /0>'],
    ['missing separator', '</1></2>'],
    ['trailing comma', '</1>,'],
    ['leading comma', ',</1>'],
    ['empty parameter name', '</1>;=5'],
    ['empty value', '</1>;ct='],
    ['unterminated quote', '</1>;rt="oma'],
    ['escape at end', '</1>;rt="oma\\'],
    ['garbage after link', '</1> junk'],
    ['bad value char', '</1>;ct=a b'],
    ['control char in uri', '</1\u0001>'],
  ])('rejects %s with CodecError(40)', (_n, text) => {
    try {
      parseLinkFormat(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CodecError);
      expect((e as CodecError).format).toBe(40);
    }
  });
});

describe('formatLinkFormat', () => {
  it('quotes rt/if and values that are not tokens, leaves tokens bare', () => {
    const links: CoreLink[] = [{ uri: '/lwm2m', attributes: { rt: 'oma.lwm2m', ct: '11543', title: 'a', x: 'has space', obs: true } }];
    expect(formatLinkFormat(links)).toBe('</lwm2m>;rt="oma.lwm2m";ct=11543;title="a";x="has space";obs');
  });

  it('refuses a URI containing ">" and an invalid parameter name', () => {
    expect(() => formatLinkFormat([{ uri: '/a>b', attributes: {} }])).toThrow(CodecError);
    expect(() => formatLinkFormat([{ uri: '/a', attributes: { 'bad name': true } }])).toThrow(CodecError);
  });
});

describe('linkPath', () => {
  const link = (uri: string): CoreLink => ({ uri, attributes: {} });

  it('returns object, instance, resource and resource-instance paths', () => {
    expect(linkPath(link('/3'))).toEqual({ objectId: 3 });
    expect(linkPath(link('/3/0'))).toEqual({ objectId: 3, instanceId: 0 });
    expect(linkPath(link('/3/0/7'))).toEqual({ objectId: 3, instanceId: 0, resourceId: 7 });
    expect(linkPath(link('/3/0/7/1'))).toEqual({ objectId: 3, instanceId: 0, resourceId: 7, resourceInstanceId: 1 });
  });

  it('returns undefined for the root, non-numeric, out-of-range or query links', () => {
    for (const uri of ['/', '', '/rd', '/3/a', '/3/0?x=1', '/70000', '/3/65535', '/03', '3/0', '/3/0/', '/1/2/3/4/5']) {
      expect(linkPath(link(uri))).toBeUndefined();
    }
  });

  it('reads links relative to an alternate root path', () => {
    const links = parseLinkFormat('</lwm2m>;rt="oma.lwm2m",</lwm2m/1/101>,</lwm2m/3/0>,</other/3/0>');
    expect(links.map((l) => linkPath(l, '/lwm2m'))).toEqual([undefined, { objectId: 1, instanceId: 101 }, { objectId: 3, instanceId: 0 }, undefined]);
    expect(linkPath(link('/lwm2m/3/0'), 'lwm2m/')).toEqual({ objectId: 3, instanceId: 0 });
    expect(linkPath(link('/3/0'), '/')).toEqual({ objectId: 3, instanceId: 0 });
    expect(linkPath(link('/lwm2mx/3'), '/lwm2m')).toBeUndefined();
  });
});

describe('link-format hostile input', () => {
  it('only ever throws CodecError on mutated register payloads (bounded, seeded)', () => {
    const base = '</lwm2m>;rt="oma.lwm2m";ct=11543,</lwm2m/1/0>,</lwm2m/3/0>;ver=1.1;title="a,b;c"';
    const alphabet = '<>;,="\\/ab1 \n';
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let parsed = 0;
    for (let i = 0; i < 2000; i++) {
      const chars = base.split('');
      for (let k = 0; k < 1 + rnd(3); k++) chars[rnd(chars.length)] = alphabet[rnd(alphabet.length)] ?? '';
      const text = chars.join('');
      try {
        const links = parseLinkFormat(text);
        parsed++;
        // Whatever parses must serialize and parse back to the same links.
        expect(parseLinkFormat(formatLinkFormat(links))).toEqual(links);
      } catch (e) {
        expect(e).toBeInstanceOf(CodecError);
      }
    }
    expect(parsed).toBeGreaterThan(0);
  });
});
