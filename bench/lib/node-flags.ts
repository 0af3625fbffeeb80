/**
 * The V8 flags `npm start` and the Docker image run the transport with (package.json,
 * docker/Dockerfile; test/unit/docker/dockerfile.test.ts keeps the three in step):
 * - a 4 MB young generation keeps idle memory per registered device low;
 * - GC on the main thread only: on the 2-vCPU machines a transport runs on, V8's parallel GC
 *   helper threads (one per core and more) cost more CPU per notification than they save, next to
 *   a busy event loop and the Kafka producer thread (README "Benchmark", docs/configuration.md).
 */
export const PRODUCTION_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--single-threaded-gc'];
