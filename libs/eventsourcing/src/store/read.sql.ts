import type { QueryConfig } from 'pg';
import type { Checkpoint, EventMetadata, RecordedEvent } from './event.types';

const COLUMNS = `global_position::text, transaction_id::text, stream_id, stream_type, stream_version, event_id::text,
  type, data, metadata, recorded_at`;

/**
 * Why not simply `WHERE global_position > $after`: a position comes from a sequence when the row is inserted, not when
 * its transaction commits. Transaction A takes position 10, B takes 11 and commits first; a reader sees 11, moves its
 * checkpoint past 10, and never sees 10 once A commits. So readers order by the id of the appending transaction and
 * only read transactions older than every transaction still running (`pg_snapshot_xmin`): whatever such a
 * transaction wrote is already committed or rolled back, and any transaction that commits later has an id at or
 * above that horizon, so it is still ahead of the checkpoint. The cost: one long-running transaction anywhere on the
 * server holds readers back until it ends (events are delayed, never lost).
 */
// ORDER BY names the table's columns: a bare name would pick the ::text output column and sort 10 before 9.
const READ_ALL_SQL = `SELECT ${COLUMNS} FROM events
WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
  AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
ORDER BY events.transaction_id, events.global_position
LIMIT $3`;

const READ_STREAM_SQL = `SELECT ${COLUMNS} FROM events
WHERE stream_id = $1 AND stream_version > $2
ORDER BY events.stream_version`;

export function readAllQuery(after: Checkpoint, limit: number): QueryConfig {
  return {
    name: 'tapestry_es_read_all',
    text: READ_ALL_SQL,
    values: [after.transactionId.toString(), after.globalPosition.toString(), limit],
  };
}

export function readStreamQuery(streamId: string, afterVersion: number): QueryConfig {
  return { name: 'tapestry_es_read_stream', text: READ_STREAM_SQL, values: [streamId, afterVersion] };
}

export interface EventRow {
  global_position: string;
  transaction_id: string;
  stream_id: string;
  stream_type: string;
  stream_version: number;
  event_id: string;
  type: string;
  data: unknown;
  metadata: EventMetadata;
  recorded_at: Date;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    globalPosition: BigInt(row.global_position),
    transactionId: BigInt(row.transaction_id),
    streamId: row.stream_id,
    streamType: row.stream_type,
    streamVersion: row.stream_version,
    eventId: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  };
}
