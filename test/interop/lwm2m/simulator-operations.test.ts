import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentFormat } from '../../../src/lwm2m/content-format.js';
import { Lwm2mError } from '../../../src/lwm2m/errors.js';
import type { MultiResourceNode, ObjectInstanceNode, SingleResourceNode, ValueEntry } from '../../../src/lwm2m/node.js';
import { formatPath, parsePath } from '../../../src/lwm2m/path.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import type { Notification } from '../../../src/lwm2m/server/operation-types.js';
import { SimulatedDevice, type Lwm2mVersion, type RequestLogEntry } from '../../../tools/simulator/index.js';
import { startServerUnderTest, waitUntil, type ServerUnderTest } from './lwm2m-server-under-test.js';

/**
 * Interop (issue 2 item 10a): the device simulator (node-coap, an independent CoAP stack, on
 * its own UDP socket) against the project's LwM2M server on another UDP socket. Every
 * device-management operation of issue 2 item 7 runs in LwM2M 1.0 (TLV) and 1.1 (SenML CBOR)
 * mode; each check looks at both sides: the value the server decoded and the request as the
 * device saw it (method, path, content format, query) and what it did with it.
 */

const TLV = ContentFormat.TLV;
const SENML_CBOR = ContentFormat.SENML_CBOR;

interface Mode {
  readonly version: Lwm2mVersion;
  /** The format the server must use for multi-value reads and writes in this mode. */
  readonly nodeFormat: number;
}

const MODES: readonly Mode[] = [
  { version: '1.0', nodeFormat: TLV },
  { version: '1.1', nodeFormat: SENML_CBOR },
];

let sut: ServerUnderTest;
const devices: SimulatedDevice[] = [];

beforeAll(async () => {
  sut = await startServerUnderTest();
});

afterAll(async () => {
  await Promise.all(devices.map((d) => d.stop()));
  await sut?.stop();
});

async function registerDevice(endpoint: string, version: Lwm2mVersion): Promise<{ device: SimulatedDevice; reg: Registration }> {
  const device = new SimulatedDevice({ endpoint, serverUrl: sut.url, version, lifetime: 300, requestTimeoutMs: 4000 });
  devices.push(device);
  const registered = sut.nextRegistration(endpoint);
  await device.start();
  return { device, reg: await registered };
}

/** The requests the device handled since `from` (its request log index). */
function seenSince(device: SimulatedDevice, from: number): RequestLogEntry[] {
  return device.requests.slice(from);
}

describe.each(MODES)('simulator LwM2M $version device against the project server over UDP', ({ version, nodeFormat }) => {
  let device: SimulatedDevice;
  let reg: Registration;
  let mark = 0;
  const since = (): RequestLogEntry[] => seenSince(device, mark);
  const markNow = (): void => {
    mark = device.requests.length;
  };

  beforeAll(async () => {
    ({ device, reg } = await registerDevice(`interop-${version}`, version));
  });

  it('registers with its version, lifetime and objects', () => {
    expect(reg).toMatchObject({ endpoint: `interop-${version}`, lwm2mVersion: version, lifetimeSec: 300, queueMode: false });
    const ids = reg.objects.map((o) => o.id);
    for (const id of [1, 3, 4, 5, 19]) expect(ids).toContain(id);
    expect(ids).not.toContain(0); // the Security object is never registered (LwM2M Core 1.1 §6.2.1)
    expect(device.location).toBe(`/rd/${reg.id}`);
    expect(reg.peer.port).toBe(device.port);
  });

  it('Read of a single resource, a multi-instance resource and an object instance', async () => {
    markNow();
    const single = await sut.server.read(reg, '/3/0/9');
    expect(single.code).toBe('2.05');
    expect(single.node).toEqual({ kind: 'resource', id: 9, type: 'integer', value: 95 });

    const multi = await sut.server.read(reg, '/3/0/7');
    expect(multi.code).toBe('2.05');
    const mr = multi.node as MultiResourceNode;
    expect(mr.kind).toBe('multiResource');
    expect([...mr.instances.entries()]).toEqual([
      [0, 3800],
      [1, 5000],
    ]);

    const inst = await sut.server.read(reg, '/3/0');
    expect(inst.code).toBe('2.05');
    expect(inst.contentFormat).toBe(nodeFormat);
    const node = inst.node as ObjectInstanceNode;
    expect(node.kind).toBe('instance');
    expect(node.resources.get(0)).toMatchObject({ kind: 'resource', value: 'Simulated Devices Ltd' });
    expect(node.resources.get(2)).toMatchObject({ kind: 'resource', value: `SN-interop-${version}` });
    expect(node.resources.get(9)).toMatchObject({ kind: 'resource', value: 95 });
    expect((node.resources.get(13) as SingleResourceNode).value).toEqual(new Date(Date.UTC(2026, 0, 1)));

    const seen = since();
    expect(seen.map((s) => [s.method, s.path, s.code])).toEqual([
      ['GET', '/3/0/9', '2.05'],
      ['GET', '/3/0/7', '2.05'],
      ['GET', '/3/0', '2.05'],
    ]);
    expect(seen[2]?.accept).toBe(nodeFormat);
  });

  it('Read of a missing resource gives the device\'s 4.04', async () => {
    expect((await sut.server.read(reg, '/3/0/77')).code).toBe('4.04');
  });

  it('Discover returns the instance links with the attributes', async () => {
    markNow();
    const res = await sut.server.discover(reg, '/3/0');
    expect(res.code).toBe('2.05');
    const uris = res.links?.map((l) => l.uri) ?? [];
    expect(uris[0]).toBe('/3/0');
    for (const r of [0, 1, 2, 9, 13, 14]) expect(uris).toContain(`/3/0/${r}`);
    expect(since()).toMatchObject([{ method: 'GET', path: '/3/0', accept: ContentFormat.LINK }]);
  });

  it('Write Replace of a resource (PUT) and of an object instance', async () => {
    markNow();
    const w = await sut.server.write(reg, '/3/0/14', { kind: 'resource', id: 14, type: 'string', value: '+02:00' }, { replace: true });
    expect(w.code).toBe('2.04');
    expect(device.get('/3/0/14')).toBe('+02:00');

    const instance: ObjectInstanceNode = {
      kind: 'instance',
      id: 0,
      resources: new Map([
        [0, { kind: 'multiResource', id: 0, type: 'opaque', instances: new Map([[0, Buffer.from('cafe', 'hex')]]) }],
        [3, { kind: 'resource', id: 3, type: 'string', value: `replaced ${version}` }],
        [5, { kind: 'resource', id: 5, type: 'integer', value: 17 }],
      ]),
    };
    expect((await sut.server.write(reg, '/19/0', instance, { replace: true })).code).toBe('2.04');
    expect(device.get('/19/0/3')).toBe(`replaced ${version}`);
    expect(device.get('/19/0/5')).toBe(17);
    const data = device.get('/19/0/0') as ReadonlyMap<number, unknown>;
    expect(data.get(0)).toEqual(Buffer.from('cafe', 'hex'));

    const seen = since();
    expect(seen.map((s) => [s.method, s.path, s.code])).toEqual([
      ['PUT', '/3/0/14', '2.04'],
      ['PUT', '/19/0', '2.04'],
    ]);
    expect(seen[1]?.contentFormat).toBe(nodeFormat);
  });

  it('Write Partial Update (POST) changes only the resources it carries', async () => {
    markNow();
    const partial: ObjectInstanceNode = {
      kind: 'instance',
      id: 0,
      resources: new Map([[4, { kind: 'resource', id: 4, type: 'string', value: 'text/plain' }]]),
    };
    expect((await sut.server.write(reg, '/19/0', partial, { replace: false })).code).toBe('2.04');
    expect(device.get('/19/0/4')).toBe('text/plain');
    expect(device.get('/19/0/3')).toBe(`replaced ${version}`); // untouched
    expect(since()).toMatchObject([{ method: 'POST', path: '/19/0', contentFormat: nodeFormat, code: '2.04' }]);
  });

  it('Write-Attributes sets and removes notification attributes', async () => {
    markNow();
    expect((await sut.server.writeAttributes(reg, '/3/0/9', { pmin: 1, pmax: 60, st: 5 })).code).toBe('2.04');
    expect(device.attributes.own(parsePath('/3/0/9'))).toMatchObject({ pmin: 1, pmax: 60, st: 5 });
    expect((await sut.server.writeAttributes(reg, '/3/0/9', { st: null, pmax: null })).code).toBe('2.04');
    const own = device.attributes.own(parsePath('/3/0/9'));
    expect(own).toMatchObject({ pmin: 1 });
    expect(own).not.toHaveProperty('st');
    expect(own).not.toHaveProperty('pmax');
    const seen = since();
    expect(seen.map((s) => [s.method, s.path, s.payload.length])).toEqual([
      ['PUT', '/3/0/9', 0],
      ['PUT', '/3/0/9', 0],
    ]);
    expect(seen[0]?.query).toEqual(expect.arrayContaining(['pmin=1', 'pmax=60', 'st=5']));
    // Reset for the observe test below: no minimum period.
    expect((await sut.server.writeAttributes(reg, '/3/0/9', { pmin: null })).code).toBe('2.04');
  });

  it('Execute without and with arguments', async () => {
    const executed: { path?: string; args?: string }[] = [];
    const off = device.on('execute', (e) => executed.push({ path: e.path, args: e.args }));
    try {
      device.set('/3/0/11', [3, 7]);
      expect((await sut.server.execute(reg, '/3/0/12')).code).toBe('2.04');
      // Reset Error Code (object 3 resource 12) leaves the single "no error" entry.
      expect([...(device.get('/3/0/11') as ReadonlyMap<number, unknown>).values()]).toEqual([0]);
      expect((await sut.server.execute(reg, '/3/0/5', "0='now',3")).code).toBe('2.04');
      expect(executed).toEqual([
        { path: '/3/0/12', args: '' },
        { path: '/3/0/5', args: "0='now',3" },
      ]);
      // An argument string outside the Execute grammar is the device's 4.00.
      expect((await sut.server.execute(reg, '/3/0/5', 'not args')).code).toBe('4.00');
    } finally {
      off();
    }
  });

  it('Create an object instance with its id, read it back, Delete it', async () => {
    markNow();
    const inst: ObjectInstanceNode = {
      kind: 'instance',
      id: 7,
      resources: new Map([
        [3, { kind: 'resource', id: 3, type: 'string', value: 'created' }],
        [5, { kind: 'resource', id: 5, type: 'integer', value: 42 }],
      ]),
    };
    const created = await sut.server.create(reg, '/19', inst);
    expect(created).toMatchObject({ code: '2.01', instanceId: 7 });
    expect(device.get('/19/7/3')).toBe('created');
    expect(device.get('/19/7/5')).toBe(42);
    const back = await sut.server.read(reg, '/19/7/3');
    expect(back.node).toMatchObject({ kind: 'resource', value: 'created' });

    expect((await sut.server.delete(reg, '/19/7')).code).toBe('2.02');
    expect(device.get('/19/7/3')).toBeUndefined();
    expect((await sut.server.read(reg, '/19/7')).code).toBe('4.04');
    expect(since().map((s) => [s.method, s.path, s.code])).toEqual([
      ['POST', '/19', '2.01'],
      ['GET', '/19/7/3', '2.05'],
      ['DELETE', '/19/7', '2.02'],
      ['GET', '/19/7', '4.04'],
    ]);
    expect(since()[0]?.contentFormat).toBe(nodeFormat);
  });

  it('Observe: first value, notifications on change, active Cancel', async () => {
    const got: Notification[] = [];
    const obs = await sut.server.observe(reg, '/3/0/9', (n) => got.push(n));
    expect(obs.code).toBe('2.05');
    expect(obs.node).toMatchObject({ kind: 'resource', id: 9, value: 95 });
    expect(obs.observation).toBeDefined();
    expect(device.observationCount).toBe(1);
    expect(sut.server.observationsOf(reg)).toHaveLength(1);

    device.set('/3/0/9', 80);
    await waitUntil(() => got.length >= 1, 'first notification');
    device.set('/3/0/9', 79);
    await waitUntil(() => got.length >= 2, 'second notification');
    expect(got.map((n) => (n.node as SingleResourceNode).value)).toEqual([80, 79]);
    expect(got.every((n) => n.paths.length === 1 && formatPath(n.paths[0] ?? {}) === '/3/0/9')).toBe(true);
    // RFC 7641 §4.4: sequence numbers increase.
    expect((got[1]?.observe ?? 0) > (got[0]?.observe ?? 0)).toBe(true);

    markNow();
    const cancelled = await sut.server.cancelObservation(reg, '/3/0/9');
    expect(cancelled?.code).toBe('2.05');
    expect(since()).toMatchObject([{ method: 'GET', path: '/3/0/9', observe: 1 }]);
    expect(sut.server.observationsOf(reg)).toHaveLength(0);
    await waitUntil(() => device.observationCount === 0, 'the device to drop the observation');
    device.set('/3/0/9', 78);
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toHaveLength(2);
  });

  if (version === '1.0') {
    it('composite operations and Send are not offered to a 1.0 device: refused before anything is sent', async () => {
      markNow();
      await expect(sut.server.readComposite(reg, ['/3/0/9'])).rejects.toBeInstanceOf(Lwm2mError);
      await expect(
        sut.server.writeComposite(reg, [{ path: parsePath('/3/0/14'), type: 'string', value: 'x' }]),
      ).rejects.toBeInstanceOf(Lwm2mError);
      await expect(sut.server.observeComposite(reg, ['/3/0/9'])).rejects.toBeInstanceOf(Lwm2mError);
      expect(since()).toHaveLength(0);
      await expect(device.send(['/3/0/9'])).rejects.toThrow(/1\.0/);
    });
  } else {
    it('Read-Composite returns each requested path', async () => {
      markNow();
      const res = await sut.server.readComposite(reg, ['/3/0/9', '/4/0/2', '/3/0/14']);
      expect(res.code).toBe('2.05');
      expect([...(res.nodes?.keys() ?? [])]).toEqual(['/3/0/9', '/4/0/2', '/3/0/14']);
      expect(res.nodes?.get('/3/0/9')).toMatchObject({ value: 78 });
      expect(res.nodes?.get('/4/0/2')).toMatchObject({ value: -87 });
      expect(res.nodes?.get('/3/0/14')).toMatchObject({ value: '+02:00' });
      expect(since()).toMatchObject([{ method: 'FETCH', path: '/', contentFormat: SENML_CBOR, accept: SENML_CBOR, code: '2.05' }]);
    });

    it('Write-Composite writes several resources of different objects at once', async () => {
      markNow();
      const entries: ValueEntry[] = [
        { path: parsePath('/3/0/14'), type: 'string', value: '-05:00' },
        { path: parsePath('/19/0/3'), type: 'string', value: 'composite' },
        { path: parsePath('/19/0/5'), type: 'integer', value: 99 },
      ];
      expect((await sut.server.writeComposite(reg, entries)).code).toBe('2.04');
      expect(device.get('/3/0/14')).toBe('-05:00');
      expect(device.get('/19/0/3')).toBe('composite');
      expect(device.get('/19/0/5')).toBe(99);
      expect(since()).toMatchObject([{ method: 'iPATCH', path: '/', contentFormat: SENML_CBOR, code: '2.04' }]);
    });

    it('Observe-Composite: notifications carry every observed path; Cancel ends it', async () => {
      const got: Notification[] = [];
      const obs = await sut.server.observeComposite(reg, ['/3/0/9', '/4/0/2'], (n) => got.push(n));
      expect(obs.code).toBe('2.05');
      expect(obs.observation?.composite).toBe(true);
      expect(obs.nodes?.get('/4/0/2')).toMatchObject({ value: -87 });
      expect(device.observationCount).toBe(1);

      device.set('/4/0/2', -70);
      await waitUntil(() => got.length >= 1, 'a composite notification');
      const n = got[0] as Notification;
      expect(n.nodes?.get('/4/0/2')).toMatchObject({ value: -70 });
      expect(n.nodes?.get('/3/0/9')).toMatchObject({ value: 78 });

      markNow();
      expect((await sut.server.cancelCompositeObservation(reg, ['/3/0/9', '/4/0/2']))?.code).toBe('2.05');
      expect(since()).toMatchObject([{ method: 'FETCH', path: '/', observe: 1 }]);
      expect(sut.server.observationsOf(reg)).toHaveLength(0);
      await waitUntil(() => device.observationCount === 0, 'the device to drop the composite observation');
    });

    it('Send: the device POSTs /dp, the server decodes the values with their time', async () => {
      const sent = new Promise<{ reg: Registration; entries: readonly ValueEntry[] }>((resolve) =>
        sut.server.once('send', (r, entries) => resolve({ reg: r, entries })),
      );
      const at = new Date(Date.UTC(2026, 5, 1, 12));
      expect(await device.send(['/3/0/9', '/4/0/2'], SENML_CBOR, at)).toBe('2.04');
      const { reg: from, entries } = await sent;
      expect(from.id).toBe(reg.id);
      expect(entries.map((e) => [formatPath(e.path), e.value, e.time])).toEqual([
        ['/3/0/9', 78, at.getTime()],
        ['/4/0/2', -70, at.getTime()],
      ]);
    });
  }

  it('De-register ends the registration on the server', async () => {
    const gone = new Promise<Registration>((resolve) => sut.server.once('deregistered', resolve));
    expect(await device.deregister()).toBe('2.02');
    expect((await gone).id).toBe(reg.id);
    expect(sut.server.registrations.get(reg.id)).toBeUndefined();
  });
});
