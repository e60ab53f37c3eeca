import { dumbo, setNodePostgresTypeParser } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { Pool, types } from 'pg';
import { seedInChunks, type Contender } from './contender';
import { SEED_DATA_SQL, SEED_METADATA_SQL } from './workload';

const SEED_MESSAGES_SQL = `INSERT INTO emt_messages (stream_position, transaction_id, stream_id, message_schema_version, message_id,
  message_type, message_data, message_metadata)
SELECT (g % 10) + 1, pg_current_xact_id(), 'person-' || (g / 10), '1', gen_random_uuid()::text, 'PersonRegistered',
  ${SEED_DATA_SQL}, ${SEED_METADATA_SQL}
FROM generate_series($1::bigint, $2::bigint) AS g`;

const INT8 = 20;
const JSONB = 3802;
const JSON_TYPE = 114;

/**
 * Dumbo (Emmett's driver layer) replaces pg's process-wide parsers for int8 and json(b) with its own. Emmett runs with
 * them, the other contenders with pg's defaults, so each is measured as it would run alone.
 */
function useEmmettParsers(): () => void {
  const saved = [INT8, JSONB, JSON_TYPE].map((oid) => {
    // @types/pg types the parser it hands back as `any`; it is pg's text parser for that type.
    const parser = types.getTypeParser(oid) as (value: string) => unknown;
    return [oid, parser] as const;
  });
  setNodePostgresTypeParser({ force: true });
  return () => saved.forEach(([oid, parser]) => types.setTypeParser(oid, parser));
}

/** The peer: Emmett's PostgreSQL event store (@event-driven-io/emmett-postgresql) through its public API. */
export const emmettContender: Contender = {
  name: 'emmett',
  async open(url) {
    const restoreParsers = useEmmettParsers();
    const store = getPostgreSQLEventStore(url);
    await store.schema.migrate();
    const executor = dumbo({ connectionString: url });
    const seedPool = new Pool({ connectionString: url, max: 1 });
    return {
      append: async (streamId, expectedVersion, event) => {
        await store.appendToStream(
          streamId,
          [{ type: event.type, data: event.data, metadata: event.metadata }],
          { expectedStreamVersion: BigInt(expectedVersion) },
        );
      },
      seed: (count) => seedInChunks(seedPool, count, SEED_MESSAGES_SQL),
      readAll: async (batchSize) => {
        let after = 0n;
        let read = 0;
        for (;;) {
          const batch = await readMessagesBatch(executor.execute, { after, batchSize });
          if (batch.messages.length === 0) return read;
          read += batch.messages.length;
          after = batch.currentGlobalPosition;
        }
      },
      close: async () => {
        await Promise.all([store.close(), executor.close(), seedPool.end()]);
        restoreParsers();
      },
    };
  },
};
