import { describe, expect, it } from 'vitest';
import { blockSize, decodeBlock, encodeBlock, sizeToSzx } from '../../../src/coap/block-option.js';
import { codeFromString, codeToString, MessageType } from '../../../src/coap/codes.js';
import { buildEmpty, buildMessage, decodeUint, encodeUint, parseMessage } from '../../../src/coap/message.js';

describe('parseMessage', () => {
  it('decodes a CON GET with Uri-Path (RFC 7252 header layout)', () => {
    // Ver=1 T=CON TKL=0, code 0.01, MID 0x7d34, option 11 len 11 "temperature"
    const bytes = Buffer.from('40017d34bb74656d7065726174757265', 'hex');
    const r = parseMessage(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.message.type).toBe(MessageType.CON);
    expect(r.message.code).toBe(1);
    expect(r.message.messageId).toBe(0x7d34);
    expect(r.message.options).toHaveLength(1);
    expect(r.message.options[0]?.number).toBe(11);
    expect(r.message.options[0]?.value.toString()).toBe('temperature');
  });

  it('decodes a piggy-backed 2.05 with a payload', () => {
    const bytes = Buffer.from('60457d34ff32322e332043', 'hex');
    const r = parseMessage(bytes);
    expect(r.ok && r.message.type).toBe(MessageType.ACK);
    expect(r.ok && codeToString(r.message.code)).toBe('2.05');
    expect(r.ok && r.message.payload.toString()).toBe('22.3 C');
  });

  it('decodes extended option deltas and lengths (delta 13/14, length 13/14)', () => {
    const long = Buffer.alloc(300, 0x61);
    const built = buildMessage({
      type: MessageType.NON,
      code: 2,
      messageId: 1,
      token: Buffer.from('0102', 'hex'),
      options: [
        { number: 292, value: Buffer.from('tag') },
        { number: 11, value: long },
        { number: 60, value: Buffer.of(5) },
      ],
      payload: Buffer.from('x'),
    });
    const r = parseMessage(built);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.message.options.map((o) => o.number)).toEqual([11, 60, 292]);
    expect(r.message.options[0]?.value.equals(long)).toBe(true);
    expect(r.message.token.toString('hex')).toBe('0102');
  });

  it.each([
    ['too short', '4001'],
    ['version 2', '80017d34'],
    ['token length 9 (reserved)', '49017d34' + '00'.repeat(9)],
    ['token past the end', '44017d340102'],
    ['empty message with a token', '41007d3401'],
    ['empty message with bytes after the header', '40007d34ff'],
    ['payload marker without payload', '40017d34ff'],
    ['option value past the end', '40017d34b5616263'],
    ['option delta 15', '40017d34f1'],
    ['option length 15', '40017d34bf'],
    ['truncated extended delta', '40017d34d0'],
    ['truncated extended length', '40017d34be00'],
  ])('rejects %s without throwing', (_name, hex) => {
    const r = parseMessage(Buffer.from(hex, 'hex'));
    expect(r.ok).toBe(false);
  });

  it('reports type and message ID of a malformed CON so it can be reset', () => {
    const r = parseMessage(Buffer.from('40017d34ff', 'hex'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.type).toBe(MessageType.CON);
    expect(r.messageId).toBe(0x7d34);
  });

  it('never throws on random input', () => {
    let seed = 12345;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let i = 0; i < 5000; i++) {
      const len = Math.floor(rnd() * 40);
      const b = Buffer.alloc(len);
      for (let j = 0; j < len; j++) b[j] = Math.floor(rnd() * 256);
      if (len > 0) b[0] = ((b[0] as number) & 0x3f) | 0x40; // keep version 1 to reach the option parser
      expect(() => parseMessage(b)).not.toThrow();
    }
  });
});

describe('buildMessage / buildEmpty', () => {
  it('builds an empty ACK and RST as 4 bytes', () => {
    expect(buildEmpty(MessageType.ACK, 0x1234).toString('hex')).toBe('60001234');
    expect(buildEmpty(MessageType.RST, 0xbeef).toString('hex')).toBe('7000beef');
  });

  it('round-trips through the parser', () => {
    const b = buildMessage({
      type: MessageType.CON,
      code: 0x45,
      messageId: 77,
      token: Buffer.from('aabbccdd', 'hex'),
      options: [{ number: 12, value: encodeUint(11542) }],
      payload: Buffer.from('hello'),
    });
    const r = parseMessage(b);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.message.code).toBe(0x45);
    expect(decodeUint(r.message.options[0]?.value ?? Buffer.alloc(0))).toBe(11542);
    expect(r.message.payload.toString()).toBe('hello');
  });
});

describe('codes, uint and block options', () => {
  it('maps codes to and from c.dd text', () => {
    expect(codeToString(0x45)).toBe('2.05');
    expect(codeToString(0x5f)).toBe('2.31');
    expect(codeFromString('4.13')).toBe(0x8d);
    expect(codeFromString('2.5')).toBeUndefined();
    expect(codeFromString('8.00')).toBeUndefined();
  });

  it('encodes uint options minimally (RFC 7252 §3.2)', () => {
    expect(encodeUint(0).length).toBe(0);
    expect(encodeUint(60).toString('hex')).toBe('3c');
    expect(encodeUint(11542).toString('hex')).toBe('2d16');
    expect(encodeUint(0x123456).toString('hex')).toBe('123456');
    expect(decodeUint(Buffer.from('0102030405', 'hex'))).toBeUndefined();
  });

  it('encodes Block values as NUM<<4 | M<<3 | SZX (RFC 7959 §2.2)', () => {
    expect(encodeBlock(0, true, 6).toString('hex')).toBe('0e');
    expect(encodeBlock(1, false, 2).toString('hex')).toBe('12');
    expect(encodeBlock(16, true, 2).toString('hex')).toBe('010a');
    expect(decodeBlock(Buffer.from('010a', 'hex'))).toEqual({ num: 16, more: true, szx: 2 });
    expect(decodeBlock(Buffer.from('07', 'hex'))).toBeUndefined(); // SZX 7 reserved
    expect(decodeBlock(Buffer.from('01020304', 'hex'))).toBeUndefined();
    expect(decodeBlock(Buffer.alloc(0))).toEqual({ num: 0, more: false, szx: 0 });
    expect(blockSize(6)).toBe(1024);
    expect(sizeToSzx(1024)).toBe(6);
    expect(sizeToSzx(100)).toBe(2);
    expect(sizeToSzx(1)).toBe(0);
  });
});
