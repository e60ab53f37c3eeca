import { Pool } from 'pg';
import { checkpointOf, ensureEventStoreSchema, PostgresEventStore, START } from '@tapestry/eventsourcing';
import { seedInChunks, type Contender } from './contender';
import { SEED_DATA_SQL, SEED_METADATA_SQL } from './workload';

const SEED_EVENTS_SQL = `INSERT INTO events (stream_id, stream_type, stream_version, event_id, type, data, metadata)
SELECT 'person-' || (g / 10), 'person', (g % 10) + 1, gen_random_uuid(), 'PersonRegistered', ${SEED_DATA_SQL}, ${SEED_METADATA_SQL}
FROM generate_series($1::bigint, $2::bigint) AS g`;

/** Our store as services use it; `notify` off shows what waking followers costs. */
export function tapestryContender(notify: boolean): Contender {
  return {
    name: notify ? 'tapestry' : 'tapestry, no NOTIFY',
    async open(url, writers) {
      const pool = new Pool({ connectionString: url, max: writers + 1 });
      await ensureEventStoreSchema(pool);
      const store = new PostgresEventStore(pool, notify ? {} : { notifyChannel: null });
      return {
        append: async (streamId, expectedVersion, event) => {
          await store.append(streamId, [{ type: event.type, data: event.data, eventId: event.eventId }], {
            streamType: 'person',
            expectedVersion: expectedVersion === 0 ? 'no_stream' : expectedVersion,
            metadata: event.metadata,
          });
        },
        seed: (count) => seedInChunks(pool, count, SEED_EVENTS_SQL),
        readAll: async (batchSize) => {
          let after = START;
          let read = 0;
          for (;;) {
            const events = await store.readAll({ after, limit: batchSize });
            if (events.length === 0) return read;
            read += events.length;
            after = checkpointOf(events[events.length - 1]);
          }
        },
        close: () => pool.end(),
      };
    },
  };
}

const RAW_INSERT = {
  name: 'bench_raw_insert',
  text: `INSERT INTO events (stream_id, stream_type, stream_version, event_id, type, data, metadata)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
};
const RAW_READ = {
  name: 'bench_raw_read',
  // The same columns in the same form as the store reads; only the order and the paging differ.
  text: `SELECT global_position::text, transaction_id::text, stream_id, stream_type, stream_version, event_id::text, type, data,
           metadata, recorded_at
         FROM events WHERE global_position > $1 ORDER BY events.global_position LIMIT $2`,
};

/**
 * The ceiling: the same rows into the same table with one plain INSERT each, and reads by position alone. Neither is
 * safe (no check that the expected version exists; a reader by position skips late commits), which is the point.
 */
export const rawPgContender: Contender = {
  name: 'raw pg',
  async open(url, writers) {
    const pool = new Pool({ connectionString: url, max: writers + 1 });
    await ensureEventStoreSchema(pool);
    return {
      append: async (streamId, expectedVersion, event) => {
        await pool.query({
          ...RAW_INSERT,
          values: [streamId, 'person', expectedVersion + 1, event.eventId, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata)],
        });
      },
      seed: (count) => seedInChunks(pool, count, SEED_EVENTS_SQL),
      readAll: async (batchSize) => {
        let after = '0';
        let read = 0;
        for (;;) {
          const { rows } = await pool.query<{ global_position: string }>({ ...RAW_READ, values: [after, batchSize] });
          if (rows.length === 0) return read;
          read += rows.length;
          after = String(rows[rows.length - 1].global_position);
        }
      },
      close: () => pool.end(),
    };
  },
};
