import { performance } from 'node:perf_hooks';
import type { ContenderSession } from './contender';

export interface CatchUpMeasurement {
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

/** Seeds `events` and reads them all back from the start; only the read is timed. */
export async function measureCatchUp(session: ContenderSession, events: number, batchSize: number): Promise<CatchUpMeasurement> {
  await session.seed(events);
  const started = performance.now();
  const read = await session.readAll(batchSize);
  const seconds = (performance.now() - started) / 1000;
  if (read !== events) throw new Error(`Read ${read} events back, but seeded ${events}.`);
  return { events: read, seconds, eventsPerSecond: read / seconds };
}
