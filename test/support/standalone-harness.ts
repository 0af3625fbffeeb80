import { CoapEndpoint } from '../../src/coap/endpoint.js';
import type { AttributeWriteTimes } from '../../src/thingsboard/attribute-write-times.js';
import type { CorePort } from '../../src/core/index.js';
import type { ModelRegistry } from '../../src/lwm2m/model/model-registry.js';
import { Lwm2mServer } from '../../src/lwm2m/server/lwm2m-server.js';
import { UdpTransport } from '../../src/net/udp-transport.js';
import type { StandaloneConfig } from '../../src/standalone/standalone-config.js';
import { StandaloneCore } from '../../src/standalone/standalone-core.js';
import { createLwm2mTransport, type Lwm2mTransport } from '../../src/thingsboard/lwm2m-transport.js';
import { RegistrationGate } from '../../src/thingsboard/registration-gate.js';
import { silentLogger } from '../../src/thingsboard/logger.js';
import { SimulatedDevice, type SimulatedDeviceOptions } from '../../tools/simulator/index.js';
import { loadTestModels } from './models.js';

/**
 * The whole chain on loopback for end-to-end tests: simulated devices ↔ our LwM2M server on a
 * real UDP socket ↔ the ThingsBoard behaviour ↔ the embedded core. `stop()` releases it all.
 */
export interface ChainOptions {
  readonly queueAwakeMs?: number;
  readonly requestTimeoutMs?: number;
  readonly writeTimes?: AttributeWriteTimes;
}

export class ChainHarness<C extends CorePort> {
  readonly devices: SimulatedDevice[] = [];

  protected constructor(
    readonly core: C,
    readonly server: Lwm2mServer,
    readonly transport: Lwm2mTransport,
    readonly endpoint: CoapEndpoint,
    readonly models: ModelRegistry,
    readonly port: number,
  ) {}

  /** Builds the chain on a started core port (any adapter). */
  static async on<C extends CorePort>(core: C, opts: ChainOptions = {}): Promise<ChainHarness<C>> {
    const models = await loadTestModels();
    const udp = await UdpTransport.bind('127.0.0.1', 0);
    const endpoint = new CoapEndpoint(udp, { timing: { ackTimeoutMs: 300, maxRetransmit: 2 } });
    const gate = new RegistrationGate(core, silentLogger);
    const server = new Lwm2mServer({
      endpoint,
      models,
      acceptRegistration: gate.accept,
      requestTimeoutMs: opts.requestTimeoutMs ?? 3000,
      ...(opts.queueAwakeMs === undefined ? {} : { queue: { awakeWindowMs: opts.queueAwakeMs } }),
    });
    server.start();
    const transport = createLwm2mTransport({
      core,
      server,
      models,
      gate,
      config: { requestTimeoutMs: opts.requestTimeoutMs ?? 3000 },
      ...(opts.writeTimes === undefined ? {} : { writeTimes: opts.writeTimes }),
    });
    return new ChainHarness(core, server, transport, endpoint, models, udp.localPort());
  }

  /** Starts and registers a simulated device, then waits for its initialisation to finish. */
  async device(options: Omit<SimulatedDeviceOptions, 'serverUrl'>): Promise<SimulatedDevice> {
    const d = new SimulatedDevice({ requestTimeoutMs: 3000, ...options, serverUrl: `coap://127.0.0.1:${this.port}` });
    this.devices.push(d);
    await d.start();
    await this.settled(options.endpoint);
    return d;
  }

  /** Waits until the behaviour has no queued work for the endpoint (bounded). */
  async settled(endpoint?: string): Promise<void> {
    // Events reach the transport after the device's request was answered: give them a turn first.
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 20));
      await this.transport.idle(endpoint);
    }
  }

  /** Stops devices, behaviour, server and endpoint; the core is the caller's. */
  async stopChain(): Promise<void> {
    for (const d of this.devices) await d.stop().catch(() => undefined);
    await this.transport.stop();
    this.server.stop();
    await this.endpoint.close();
  }
}

/** The chain on the embedded core, which it owns. */
export type StandaloneHarness = ChainHarness<StandaloneCore> & { stop(): Promise<void> };

export const StandaloneHarness = {
  async start(config: StandaloneConfig, opts: ChainOptions = {}): Promise<StandaloneHarness> {
    const core = new StandaloneCore(config);
    await core.start();
    const chain = await ChainHarness.on(core, opts);
    return Object.assign(chain, {
      async stop(): Promise<void> {
        await chain.stopChain();
        await core.stop();
      },
    });
  },
};

/** Polls `check` every 10 ms, at most `tries` times. */
export async function waitFor<T>(check: () => T | undefined | false, what: string, tries = 300): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = check();
    if (v !== undefined && v !== false) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
