import { randomUUID } from 'node:crypto';

/** The shape of a typical Tapestry event: a person registered in an organisation, about 250 bytes of JSON. */
export interface BenchEvent {
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: { correlationId: string; actor: string; organisationId: string };
}

export function benchEvent(writer: number, n: number): BenchEvent {
  return {
    eventId: randomUUID(),
    type: 'PersonRegistered',
    data: {
      personId: `person-${writer}-${n}`,
      givenName: 'Alex',
      familyName: 'Morgan',
      jobTitle: 'Staff Nurse',
      staffGroup: 'Nursing and Midwifery Registered',
      band: '5',
      siteId: 'site-42',
      startDate: '2024-04-01',
    },
    metadata: { correlationId: randomUUID(), actor: 'system:bench', organisationId: 'org-rxh' },
  };
}

/** SQL for the same event, for seeding catch-up reads without going through any store's append path. */
export const SEED_DATA_SQL = `jsonb_build_object('personId', 'person-' || g, 'givenName', 'Alex', 'familyName', 'Morgan',
  'jobTitle', 'Staff Nurse', 'staffGroup', 'Nursing and Midwifery Registered', 'band', '5', 'siteId', 'site-42',
  'startDate', '2024-04-01')`;
export const SEED_METADATA_SQL = `jsonb_build_object('correlationId', gen_random_uuid()::text, 'actor', 'system:bench',
  'organisationId', 'org-rxh')`;

export interface BenchConfig {
  /** Commands per append scenario and contender (split over the writers and the rounds). */
  appendCommands: number;
  /** Turns each contender takes per scenario. */
  appendRounds: number;
  /** Events in the store for the catch-up read. */
  catchUpEvents: number;
  batchSize: number;
  writerCounts: number[];
  /** Streams each writer spreads its commands over. */
  streamsPerWriter: number;
  /** fsync and synchronous_commit off: faster, less like production. */
  fast: boolean;
}

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name}=${raw} is not a positive whole number.`);
  return value;
}

export function benchConfig(): BenchConfig {
  return {
    appendCommands: envNumber('BENCH_APPEND_COMMANDS', 6000),
    appendRounds: envNumber('BENCH_APPEND_ROUNDS', 3),
    catchUpEvents: envNumber('BENCH_EVENTS', 1_000_000),
    batchSize: envNumber('BENCH_BATCH', 1000),
    writerCounts: [1, 8],
    streamsPerWriter: envNumber('BENCH_STREAMS_PER_WRITER', 50),
    fast: process.env.BENCH_PG_FAST === '1',
  };
}
