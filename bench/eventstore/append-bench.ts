import { performance } from 'node:perf_hooks';
import type { ContenderSession } from './contender';
import { percentile } from './stats';
import { benchEvent } from './workload';

export interface AppendScenario {
  writers: number;
  /** Commands in this round, split over the writers. */
  commands: number;
  streamsPerWriter: number;
  /** Names this round's streams, so every round starts on new streams. */
  round: string;
}

export interface AppendRound {
  latenciesMs: number[];
  seconds: number;
}

export interface AppendMeasurement {
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * `writers` concurrent loops, each issuing single-event commands round-robin over streams of its own, every append
 * expecting the version the writer last saw (so no command conflicts, and each pays the expected-version check).
 */
export async function runAppendRound(session: ContenderSession, { writers, commands, streamsPerWriter, round }: AppendScenario): Promise<AppendRound> {
  const perWriter = Math.ceil(commands / writers);
  const latenciesMs: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const versions = new Array<number>(streamsPerWriter).fill(0);
      for (let n = 0; n < perWriter; n++) {
        const stream = n % streamsPerWriter;
        const sent = performance.now();
        await session.append(`person-${round}-${writer}-${stream}`, versions[stream], benchEvent(writer, n));
        latenciesMs.push(performance.now() - sent);
        versions[stream]++;
      }
    }),
  );
  return { latenciesMs, seconds: (performance.now() - started) / 1000 };
}

/** Rounds of one contender taken together: throughput over their summed time, percentiles over every command. */
export function summarise(rounds: readonly AppendRound[]): AppendMeasurement {
  const latencies = rounds.flatMap((round) => round.latenciesMs);
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  return { eventsPerSecond: latencies.length / seconds, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99) };
}
