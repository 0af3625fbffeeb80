import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fwAttributes, OtaHarness, packageOf, until } from './ota-harness.js';

/**
 * A UDP relay between the server and one device that drops chosen datagrams, so a Block1
 * firmware push loses blocks and acknowledgements on the way (issue 7 item 2: resumable after
 * a lost block). Downlink = server → device.
 */
class LossyRelay {
  private device: { address: string; port: number } | undefined;
  downlinkBig = 0;
  dropped = 0;

  private constructor(
    private readonly front: dgram.Socket,
    private readonly back: dgram.Socket,
    serverPort: number,
    drop: (direction: 'up' | 'down', datagram: Buffer, relay: LossyRelay) => boolean,
  ) {
    front.on('message', (msg, rinfo) => {
      this.device = { address: rinfo.address, port: rinfo.port };
      if (drop('up', msg, this)) this.dropped++;
      else back.send(msg, serverPort, '127.0.0.1');
    });
    back.on('message', (msg) => {
      if (msg.length > 1000) this.downlinkBig++;
      if (drop('down', msg, this)) this.dropped++;
      else if (this.device !== undefined) front.send(msg, this.device.port, this.device.address);
    });
  }

  static async start(serverPort: number, drop: (direction: 'up' | 'down', datagram: Buffer, relay: LossyRelay) => boolean): Promise<LossyRelay> {
    const bind = async (): Promise<dgram.Socket> => {
      const s = dgram.createSocket('udp4');
      await new Promise<void>((r) => s.bind(0, '127.0.0.1', r));
      return s;
    };
    return new LossyRelay(await bind(), await bind(), serverPort, drop);
  }

  get port(): number {
    return (this.front.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await Promise.all([this.front, this.back].map((s) => new Promise<void>((r) => s.close(() => r()))));
  }
}

describe('firmware push over a lossy link', () => {
  let h: OtaHarness;
  let relay: LossyRelay;
  // Lose block 300 twice (the original and its first retransmission) and one acknowledgement later on.
  const dropPlan = new Set(['down:300', 'down:301']);
  let upAfter = -1;

  beforeAll(async () => {
    h = await OtaHarness.start();
    relay = await LossyRelay.start(Number(new URL(h.url).port), (dir, msg, r) => {
      if (dir === 'down' && msg.length > 1000 && dropPlan.delete(`down:${r.downlinkBig}`)) return true;
      if (dir === 'up' && r.downlinkBig >= 600) {
        upAfter++;
        if (upAfter === 3) return true;
      }
      return false;
    });
  });
  afterAll(async () => {
    await h.stop();
    await relay.stop();
  });

  it('retransmits the lost blocks and acknowledgements and completes the update with one Write', async () => {
    const size = 1024 * 1024;
    h.packages.set('FIRMWARE', packageOf('FIRMWARE', 'fw-lossy', size, `pkg-${size}`));
    const d = await h.device({ endpoint: 'fw-lossy', serverUrl: `coap://127.0.0.1:${relay.port}` });
    const retransmissionsBefore = h.coapCounters.retransmissions;
    await h.assign('fw-lossy', fwAttributes('firmware', `pkg-${size}`));
    await until(() => h.statusesOf('firmware').includes('UPDATED'), 60_000);
    expect(relay.dropped).toBe(3);
    expect(h.coapCounters.retransmissions - retransmissionsBefore).toBeGreaterThanOrEqual(2);
    expect(d.requests.filter((r) => r.method === 'PUT' && r.path === '/5/0/0')).toHaveLength(1);
    expect(h.statusesOf('firmware')).toEqual(['DOWNLOADING', 'DOWNLOADED', 'UPDATING', 'UPDATED']);
  });
});
