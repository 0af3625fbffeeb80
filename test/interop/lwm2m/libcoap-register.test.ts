import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { startServerUnderTest, type ServerUnderTest } from './lwm2m-server-under-test.js';

/**
 * Interop (issue 2 item 10c): libcoap's `coap-client-notls` (Debian libcoap3-bin, a C CoAP
 * stack) sends a raw LwM2M Register, Update and De-register to our server. Its verbose log
 * (-v 7) prints every PDU it receives; we read the response code and Location-Path from it.
 * Each run is bounded by -B (libcoap's own wait) and by a kill of its pid.
 */

const CLIENT = '/usr/bin/coap-client-notls';

interface Run {
  readonly exitCode: number | null;
  readonly output: string;
}

/** Runs coap-client-notls once; killed (by its pid) if it is still running after `killAfterMs`. */
function coapClient(args: readonly string[], killAfterMs = 8000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(CLIENT, ['-v', '7', '-B', '5', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
    }, killAfterMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, output });
    });
  });
}

/** The first received response PDU line in libcoap's log: `v:1 t:ACK c:2.01 i:... [ ... ]`. */
function responseLine(output: string): string {
  const line = output.split('\n').find((l) => /^v:1 t:(ACK|CON|NON) c:[2-5]\.\d\d/.test(l.trim()));
  if (line === undefined) throw new Error(`no response in coap-client output:\n${output}`);
  return line.trim();
}

let sut: ServerUnderTest;

beforeAll(async () => {
  sut = await startServerUnderTest();
});

afterAll(async () => {
  await sut?.stop();
});

describe.skipIf(!existsSync(CLIENT))('libcoap coap-client-notls against the LwM2M server', () => {
  let reg: Registration;

  it('Register: 2.01 Created with Location-Path rd/<id>', async () => {
    const registered = sut.nextRegistration('libcoap-x');
    const run = await coapClient(['-m', 'post', '-t', '40', '-e', '</1/0>,</3/0>', `coap://127.0.0.1:${sut.port}/rd?ep=libcoap-x&lt=60&lwm2m=1.1`]);
    reg = await registered;
    const line = responseLine(run.output);
    expect(line).toMatch(/^v:1 t:ACK c:2\.01 /);
    expect(line).toContain('Location-Path:rd');
    expect(line).toContain(`Location-Path:${reg.id}`);
    expect(reg).toMatchObject({ endpoint: 'libcoap-x', lifetimeSec: 60, lwm2mVersion: '1.1' });
    expect(reg.objects.map((o) => [o.id, o.instances])).toEqual([
      [1, [0]],
      [3, [0]],
    ]);
    expect(run.exitCode).toBe(0);
  });

  it('Update: 2.04 Changed, the new lifetime applies', async () => {
    const run = await coapClient(['-m', 'post', `coap://127.0.0.1:${sut.port}/rd/${reg.id}?lt=120`]);
    expect(responseLine(run.output)).toMatch(/^v:1 t:ACK c:2\.04 /);
    expect(sut.server.registrations.get(reg.id)?.lifetimeSec).toBe(120);
  });

  it('a Register with a malformed link payload is refused with 4.00 and registers nothing', async () => {
    const before = sut.server.registrations.size;
    const run = await coapClient(['-m', 'post', '-t', '40', '-e', '</1/0,<<>>', `coap://127.0.0.1:${sut.port}/rd?ep=libcoap-bad&lt=60`]);
    expect(responseLine(run.output)).toMatch(/^v:1 t:ACK c:4\.00 /);
    expect(sut.server.registrations.size).toBe(before);
    expect(sut.server.registrations.getByEndpoint('libcoap-bad')).toBeUndefined();
  });

  it('De-register: 2.02 Deleted, then 4.04 for the gone registration', async () => {
    const gone = await coapClient(['-m', 'delete', `coap://127.0.0.1:${sut.port}/rd/${reg.id}`]);
    expect(responseLine(gone.output)).toMatch(/^v:1 t:ACK c:2\.02 /);
    expect(sut.server.registrations.get(reg.id)).toBeUndefined();
    const again = await coapClient(['-m', 'delete', `coap://127.0.0.1:${sut.port}/rd/${reg.id}`]);
    expect(responseLine(again.output)).toMatch(/^v:1 t:ACK c:4\.04 /);
  });
});
