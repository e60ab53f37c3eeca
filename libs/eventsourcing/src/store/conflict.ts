import { DatabaseError } from 'pg';
import type { AppendResult, ExpectedVersion } from './event.types';
import { ConcurrencyError, DuplicateEventError } from './errors';
import { EVENT_ID_CONSTRAINT, STREAM_VERSION_CONSTRAINT } from './schema.sql';
import type { Queryable } from './transaction';

const UNIQUE_VIOLATION = '23505';

export type UniqueViolation = 'stream_version' | 'event_id';

/** Which of the event store's unique constraints an error broke, if any. */
export function uniqueViolationOf(error: unknown): UniqueViolation | undefined {
  if (!(error instanceof DatabaseError) || error.code !== UNIQUE_VIOLATION) return undefined;
  if (error.constraint === STREAM_VERSION_CONSTRAINT) return 'stream_version';
  if (error.constraint === EVENT_ID_CONSTRAINT) return 'event_id';
  return undefined;
}

export interface StoredEventId {
  event_id: string;
  stream_id: string;
  stream_version: number;
  global_position: string;
}

/**
 * A client that timed out after its append committed retries it with the same event ids. That retry must succeed
 * with the first attempt's result rather than fail: it is a replay when every id is stored, in this stream, at
 * consecutive versions in the same order, starting where the expected version says.
 */
export function replayResult(
  streamId: string,
  eventIds: readonly string[],
  expectedVersion: ExpectedVersion,
  stored: readonly StoredEventId[],
): AppendResult | undefined {
  const byId = new Map(stored.map((row) => [row.event_id, row]));
  const rows = eventIds.map((id) => byId.get(id));
  const first = rows[0];
  if (first === undefined || rows.some((row) => row === undefined || row.stream_id !== streamId)) return undefined;
  if (rows.some((row, index) => row?.stream_version !== first.stream_version + index)) return undefined;
  const base = expectedVersion === 'no_stream' ? 0 : expectedVersion;
  if (base !== 'any' && first.stream_version !== base + 1) return undefined;
  const last = rows[rows.length - 1] as StoredEventId;
  return { nextExpectedVersion: last.stream_version, lastGlobalPosition: BigInt(last.global_position) };
}

export async function currentVersion(db: Queryable, streamId: string): Promise<number> {
  const { rows } = await db.query<{ version: number }>(
    'SELECT coalesce(max(stream_version), 0) AS version FROM events WHERE stream_id = $1',
    [streamId],
  );
  return rows[0].version;
}

export async function concurrencyError(db: Queryable, streamId: string, expected: ExpectedVersion): Promise<ConcurrencyError> {
  return new ConcurrencyError(streamId, String(expected), String(await currentVersion(db, streamId)));
}

/**
 * Turns a unique violation into what it means: the result of an earlier identical append, a version conflict, or an
 * event id reused by a different append. `idsSupplied` is false when the store made the ids up, so no replay can be.
 */
export async function resolveUniqueViolation(
  db: Queryable,
  streamId: string,
  eventIds: readonly string[],
  idsSupplied: boolean,
  expectedVersion: ExpectedVersion,
  violation: UniqueViolation,
): Promise<AppendResult> {
  const { rows } = idsSupplied
    ? await db.query<StoredEventId>(
        `SELECT event_id::text, stream_id, stream_version, global_position::text FROM events WHERE event_id = ANY($1::uuid[])`,
        [eventIds],
      )
    : { rows: [] };
  const replay = replayResult(streamId, eventIds, expectedVersion, rows);
  if (replay) return replay;
  if (violation === 'event_id') {
    throw new DuplicateEventError(streamId, rows.length > 0 ? rows.map((row) => row.event_id) : eventIds);
  }
  throw await concurrencyError(db, streamId, expectedVersion);
}
