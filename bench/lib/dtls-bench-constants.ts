/** Shared by the DTLS bench children: the one PSK every bench identity uses (16 bytes, RFC 4279). */
export const BENCH_PSK = Buffer.alloc(16, 0x42);
