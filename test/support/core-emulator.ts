// Plays ThingsBoard's side of the transport wire against a real (mock) Kafka broker: answers
// transport API requests, records what arrives on tb_core.* and the rule-engine topics, and
// pushes ToTransportMsg notifications. It encodes and decodes with protobufjs built from the
// SHARED schema (thingsboard-wire-schema.json), not with the project's generated code, so a
// mismatch between the two shows up as a failing test.
import { Kafka, logLevel, Partitioners, type Consumer, type Producer } from 'kafkajs';
import type protobuf from 'protobufjs';
import { loadSharedRoot } from './core-emulator-schema.js';

export type Obj = { [k: string]: unknown };

export interface SeenRecord {
  topic: string;
  key: string | undefined;
  headers: Record<string, Buffer>;
  /** Decoded with the shared schema (longs as decimal strings, enums as names). */
  msg: Obj;
  raw: Buffer;
}

export interface EmulatedDevice {
  credentialsId: string;
  deviceInfo: Obj;
  credentialsBody: string;
  deviceProfile?: Obj;
}

export interface CoreEmulatorOptions {
  brokers: string[];
  prefix?: string;
  corePartitions?: number;
  queues?: Obj[];
  rePartitions?: number;
  /** Record rule-engine topics (default true); a benchmark turns it off to keep the CPU for the system under test. */
  watchRuleEngine?: boolean;
}

const CONV: protobuf.IConversionOptions = { longs: String, enums: String, bytes: Buffer, defaults: false };

function hex16ToUuid(b: Buffer): string {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class CoreEmulator {
  readonly root = loadSharedRoot();
  readonly T = {
    req: this.root.lookupType('transport.TransportApiRequestMsg'),
    resp: this.root.lookupType('transport.TransportApiResponseMsg'),
    toCore: this.root.lookupType('transport.ToCoreMsg'),
    toRe: this.root.lookupType('transport.ToRuleEngineMsg'),
    toTransport: this.root.lookupType('transport.ToTransportMsg'),
    serviceInfo: this.root.lookupType('transport.ServiceInfo'),
    usage: this.root.lookupType('transport.ToUsageStatsServiceMsg'),
  };
  readonly requests: SeenRecord[] = [];
  readonly core: SeenRecord[] = [];
  readonly ruleEngine: SeenRecord[] = [];
  readonly usage: SeenRecord[] = [];
  readonly devices = new Map<string, EmulatedDevice>();
  readonly deviceProfiles = new Map<string, Obj>();
  readonly tenants = new Map<string, { tenantProfile: Obj; apiState?: Obj }>();
  readonly models = new Map<string, Obj>();
  readonly ota = new Map<string, Obj>();
  /** When set, requests get no answer at all (a core that is down or drops them). */
  silent = false;
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly consumer: Consumer;
  private readonly px: string;

  constructor(private readonly o: CoreEmulatorOptions) {
    this.px = o.prefix ? `${o.prefix}.` : '';
    this.kafka = new Kafka({ clientId: 'core-emulator', brokers: o.brokers, logLevel: logLevel.NOTHING });
    this.producer = this.kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
    this.consumer = this.kafka.consumer({ groupId: 'tb-core-emulator', allowAutoTopicCreation: true, maxWaitTimeInMs: 100 });
  }

  get queues(): Obj[] {
    return (
      this.o.queues ?? [
        {
          tenantIdMSB: uuidHalves('13814000-1dd2-11b2-8080-808080808080').msb,
          tenantIdLSB: uuidHalves('13814000-1dd2-11b2-8080-808080808080').lsb,
          queueName: 'Main',
          queueTopic: 'tb_rule_engine.main',
          partitions: this.o.rePartitions ?? 10,
        },
      ]
    );
  }

  async start(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    const coreN = this.o.corePartitions ?? 10;
    const topics = [`${this.px}tb_transport.api.requests`];
    for (let p = 0; p < coreN; p++) topics.push(`${this.px}tb_core.${p}`, `${this.px}tb_usage_stats.${p}`);
    if (this.o.watchRuleEngine !== false) {
      for (const q of this.queues) for (let p = 0; p < Number(q['partitions']); p++) topics.push(`${this.px}${String(q['queueTopic'])}.${p}`);
    }
    await this.consumer.subscribe({ topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const raw = message.value ?? Buffer.alloc(0);
        const headers: Record<string, Buffer> = {};
        for (const [k, v] of Object.entries(message.headers ?? {})) if (Buffer.isBuffer(v)) headers[k] = v;
        const key = message.key?.toString('utf8');
        if (topic === `${this.px}tb_transport.api.requests`) {
          const msg = this.T.req.toObject(this.T.req.decode(raw), CONV) as Obj;
          this.requests.push({ topic, key, headers, msg, raw });
          await this.answer(key, headers, msg);
        } else if (topic.startsWith(`${this.px}tb_usage_stats.`)) {
          this.usage.push({ topic, key, headers, msg: this.T.usage.toObject(this.T.usage.decode(raw), CONV) as Obj, raw });
        } else if (topic.startsWith(`${this.px}tb_core.`)) {
          this.core.push({ topic, key, headers, msg: this.T.toCore.toObject(this.T.toCore.decode(raw), CONV) as Obj, raw });
        } else {
          this.ruleEngine.push({ topic, key, headers, msg: this.T.toRe.toObject(this.T.toRe.decode(raw), CONV) as Obj, raw });
        }
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect().catch(() => undefined);
    await this.producer.disconnect().catch(() => undefined);
  }

  private async answer(key: string | undefined, headers: Record<string, Buffer>, req: Obj): Promise<void> {
    if (this.silent) return;
    const responseTopic = headers['responseTopic']?.toString('utf8');
    const requestId = headers['requestId'];
    const expireTs = headers['expireTs'];
    // The core needs all three headers (§1.7): without them it answers nothing.
    if (!responseTopic || !requestId || requestId.length !== 16 || !expireTs || expireTs.length !== 8) return;
    if (Number(expireTs.readBigInt64BE(0)) < Date.now()) return;
    const resp = this.respond(req);
    if (!resp) return;
    const value = Buffer.from(this.T.resp.encode(this.T.resp.fromObject(resp)).finish());
    await this.producer.send({ topic: responseTopic, messages: [{ key: key ?? hex16ToUuid(requestId), value, headers }] });
  }

  /** ThingsBoard's DefaultTransportApiService, reduced to what the LwM2M transport asks. */
  private respond(req: Obj): Obj | undefined {
    const v = req['validateDeviceLwM2MCredentialsRequestMsg'] as Obj | undefined;
    if (v) {
      const d = this.devices.get(String(v['credentialsId'] ?? ''));
      if (!d) return { validateCredResponseMsg: {} };
      return { validateCredResponseMsg: { deviceInfo: d.deviceInfo, credentialsBody: d.credentialsBody, ...(d.deviceProfile ? { deviceProfile: d.deviceProfile } : {}) } };
    }
    const e = req['entityProfileRequestMsg'] as Obj | undefined;
    if (e) {
      const id = `${String(e['entityIdMSB'] ?? '0')}/${String(e['entityIdLSB'] ?? '0')}`;
      if (e['entityType'] === 'DEVICE_PROFILE') {
        const p = this.deviceProfiles.get(id);
        return p ? { entityProfileResponseMsg: { deviceProfile: p } } : undefined; // unknown: no reply (App. C)
      }
      if (e['entityType'] === 'TENANT') {
        const t = this.tenants.get(id);
        return t ? { entityProfileResponseMsg: { tenantProfile: t.tenantProfile, ...(t.apiState ? { apiState: t.apiState } : {}) } } : undefined;
      }
      return undefined;
    }
    const r = req['resourceRequestMsg'] as Obj | undefined;
    if (r) {
      const m = this.models.get(String(r['resourceKey'] ?? ''));
      return { resourceResponseMsg: m ? { resource: m } : {} };
    }
    const ota = req['otaPackageRequestMsg'] as Obj | undefined;
    if (ota) {
      const id = `${String(ota['deviceIdMSB'] ?? '0')}/${String(ota['deviceIdLSB'] ?? '0')}/${String(ota['type'] ?? '')}`;
      return { otaPackageResponseMsg: this.ota.get(id) ?? { responseStatus: 'NOT_FOUND' } };
    }
    if (req['getAllQueueRoutingInfoRequestMsg']) return { getQueueRoutingInfoResponseMsgs: this.queues };
    return { validateCredResponseMsg: {} };
  }

  /** Pushes a ToTransportMsg (plain object in shared-schema form) to a transport's notifications topic. */
  async notify(serviceId: string, msg: Obj, key = '13814000-1dd2-11b2-8080-808080808080'): Promise<void> {
    const value = Buffer.from(this.T.toTransport.encode(this.T.toTransport.fromObject(msg)).finish());
    await this.producer.send({ topic: `${this.px}tb_transport.notifications.${serviceId}`, messages: [{ key, value }] });
  }

  async sendRaw(topic: string, key: string | null, value: Buffer): Promise<void> {
    await this.producer.send({ topic, messages: [{ key, value }] });
  }

  /** Polls until `pick` returns something, bounded by `timeoutMs`. */
  async waitFor<T>(pick: () => T | undefined, timeoutMs = 15_000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = pick();
      if (v !== undefined) return v;
      if (Date.now() > deadline) throw new Error(`core emulator: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** UUID -> Java signed msb/lsb as decimal strings (independent of the project's own codec). */
export function uuidHalves(uuid: string): { msb: string; lsb: string } {
  const h = uuid.replace(/-/g, '');
  return { msb: BigInt.asIntN(64, BigInt(`0x${h.slice(0, 16)}`)).toString(), lsb: BigInt.asIntN(64, BigInt(`0x${h.slice(16)}`)).toString() };
}

export function halvesUuid(msb: unknown, lsb: unknown): string {
  const hex = (v: unknown): string => BigInt.asUintN(64, BigInt(String(v ?? '0'))).toString(16).padStart(16, '0');
  const h = hex(msb) + hex(lsb);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
