import { decodeNode } from '../../../src/lwm2m/codec/codec-registry.js';
import { createBuiltinRegistry } from '../../../src/lwm2m/model/builtin/index.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeCoapDevice } from '../lwm2m/node-coap-device.js';
import { fwAttributes, OtaHarness, packageOf, until } from './ota-harness.js';

/**
 * Pull delivery end to end (issue 7 items 2 and 6): the transport writes its own `/tbfw/<id>`
 * URL to /5/0/1, and the device fetches the image from that URL with Block2 from the socket it
 * registered from. Another client gets 4.03 for the same package, anyone gets 4.04 for an
 * unknown id.
 */
describe('firmware pull from /tbfw', () => {
  let h: OtaHarness;
  let device: NodeCoapDevice;
  let stranger: NodeCoapDevice;
  let written: string | undefined;

  beforeAll(async () => {
    h = await OtaHarness.start();
    device = await NodeCoapDevice.start();
    stranger = await NodeCoapDevice.start();
    device.handler = (seen, res) => {
      if (seen.method === 'GET' && seen.path === '/3/0/3') {
        res.code = '2.05';
        res.setOption('Content-Format', 'text/plain');
        res.end('1.0.0');
      } else if (seen.method === 'PUT' && seen.path === '/5/0/1') {
        const node = decodeNode(seen.contentFormat ?? 0, seen.payload, parsePath('/5/0/1'), createBuiltinRegistry());
        written = node.kind === 'resource' ? String(node.value) : undefined;
        res.code = '2.04';
        res.end();
      } else {
        res.code = '4.04';
        res.end();
      }
    };
  });
  afterAll(async () => {
    await device.stop();
    await stranger.stop();
    await h.stop();
  });

  it('serves the assigned package to the device and only to it', async () => {
    h.settings = { fwStrategy: 2, swStrategy: 1, fwBaseUrl: h.url, useObject19ForOtaInfo: false };
    const pkg = packageOf('FIRMWARE', '5b1c7a1e-0000-4000-8000-000000000001', 300_000, 'v7');
    h.packages.set('FIRMWARE', pkg);
    const port = Number(new URL(h.url).port);
    const reg = await device.request(port, 'POST', '/rd', { query: 'ep=pull-dev&lt=60&lwm2m=1.1', contentFormat: 40, payload: '</3/0>,</5/0>' });
    expect(reg.code).toBe('2.01');
    await until(() => h.inits.has('pull-dev'));
    await h.inits.get('pull-dev');
    await h.assign('pull-dev', fwAttributes('firmware', 'v7'));
    expect(written).toBe(`${h.url}/tbfw/${pkg.info.packageId}`);

    const path = new URL(written ?? '').pathname;
    const got = await device.request(port, 'GET', path);
    expect(got.code).toBe('2.05');
    expect(got.payload.length).toBe(pkg.bytes.length);
    expect(got.payload.equals(pkg.bytes)).toBe(true);

    expect((await stranger.request(port, 'GET', path)).code).toBe('4.03');
    expect((await device.request(port, 'GET', '/tbfw/5b1c7a1e-0000-4000-8000-00000000ffff')).code).toBe('4.04');
    // One copy of the package is held, whoever downloads it.
    expect(h.cache.heldBytes).toBe(pkg.bytes.length);
  });
});
