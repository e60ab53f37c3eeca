/**
 * Relay throughput to Kafka, beside a bare kafkajs producer sending the same messages. The messaging library owns
 * these measurements: it registers one RelayContender for its outbox relay and one for bare kafkajs, and run.ts
 * prints them in their own section with the bare producer as the ceiling.
 */
export interface RelayContext {
  /** Connection string for a fresh database on the benchmark's PostgreSQL server. */
  createDatabase(prefix: string): Promise<string>;
  /** How many events to relay (BENCH_RELAY_EVENTS, default 100 000). */
  events: number;
}

export interface RelayMeasurement {
  events: number;
  seconds: number;
}

export interface RelayContender {
  name: string;
  /** True for the bare kafkajs producer the relay is compared with. */
  ceiling: boolean;
  run(context: RelayContext): Promise<RelayMeasurement>;
}

export const relayContenders: RelayContender[] = [];

export function registerRelayContender(contender: RelayContender): void {
  relayContenders.push(contender);
}
