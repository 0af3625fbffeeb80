/**
 * The V8 flags `npm start` and the Docker image run the transport with (package.json,
 * docker/Dockerfile; test/unit/docker/dockerfile.test.ts keeps the three in step):
 * - a 4 MB young generation keeps idle memory per registered device low;
 * - GC on the main thread only: on the 2-vCPU machines a transport runs on, V8's parallel GC
 *   helper threads (one per core and more) cost more CPU per notification than they save, next to
 *   a busy event loop and the Kafka producer thread (README "Benchmark", docs/configuration.md);
 * - no allocation-site pretenuring: after a burst in which request-scoped objects (records waiting
 *   for their Kafka ack) outlive a few scavenges, V8 would allocate them in the old generation for
 *   good, filling it with short-lived garbage: full GCs of ~90 MB every ~2.5 s, whose 15-21 ms
 *   pauses were the p99 tail of datagram → Kafka ack (with the flag: ~10-14 MB, 2-6 ms).
 */
export const PRODUCTION_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--single-threaded-gc', '--no-allocation-site-pretenuring'];
