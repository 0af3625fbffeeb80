/** What a load generator's notify operation answers (coap-load.ts, dtls-load.ts). */
export interface NotifyResult {
  observed: number;
  sent: number;
  acked: number;
  elapsed: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** DTLS generator: its own CPU share over the run. */
  cpuPercent?: number;
  /** DTLS generator: ACKs matched by its fast record path. */
  fastAcked?: number;
}
