/** Shared by the Kafka bench section and its child (a module without side effects to import). */
export const KAFKA_BENCH_SERVICE_ID = 'tb-lwm2m-bench';
