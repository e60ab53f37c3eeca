import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient, QueryConfig } from 'pg';
import type { AppendOptions, EventStore, ReadAllOptions } from './event-store';
import type { AppendResult, Checkpoint, NewEvent, RecordedEvent } from './event.types';
import { prepareAppend, type AppendRow } from './append.sql';
import { AppendNotifications } from './append-notifications';
import { concurrencyError, resolveUniqueViolation, uniqueViolationOf } from './conflict';
import { ConcurrencyError } from './errors';
import { followEvents, type BatchHandler, type FollowOptions } from './follow';
import { readAllQuery, readStreamQuery, toRecordedEvent, type EventRow } from './read.sql';
import { DEFAULT_NOTIFY_CHANNEL } from './schema.sql';
import type { Queryable } from './transaction';

export interface PostgresEventStoreOptions {
  /** Channel appends NOTIFY so followers wake early; null turns notifications off (followers then only poll). */
  notifyChannel?: string | null;
  /**
   * The time events are recorded at: the service's clock, so a demo or test that moves the clock moves its events'
   * times too. The database's clock when absent.
   */
  now?: () => Date;
}

/** 'any' appends race only each other; they retry this many times before reporting the conflict. */
const ANY_VERSION_ATTEMPTS = 5;
const SAVEPOINT = 'tapestry_event_store_append';

/** The event store on one service's PostgreSQL database (schema: ensureEventStoreSchema). */
export class PostgresEventStore implements EventStore {
  private readonly notifyChannel: string | null;
  private readonly now: (() => Date) | null;

  constructor(
    readonly pool: Pool,
    options: PostgresEventStoreOptions = {},
  ) {
    this.notifyChannel = options.notifyChannel === undefined ? DEFAULT_NOTIFY_CHANNEL : options.notifyChannel;
    this.now = options.now ?? null;
  }

  /** Appends in a transaction of its own: one atomic statement. */
  append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    return this.appendOn(this.pool, false, streamId, events, options);
  }

  /**
   * Appends inside the caller's open transaction, so a command handler can write other rows atomically with its
   * events. A failed append is undone to a savepoint: the caller's transaction stays usable after a ConcurrencyError.
   */
  appendInTransaction(
    client: PoolClient,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    return this.appendOn(client, true, streamId, events, options);
  }

  /** This store seen through the caller's transaction: appends join it and reads see its uncommitted writes. */
  inTransaction(client: PoolClient): EventStore {
    return {
      append: (streamId, events, options) => this.appendInTransaction(client, streamId, events, options),
      readStream: (streamId) => this.readStreamOn(client, streamId, 0),
      readAll: (options) => this.readAllOn(client, options),
    };
  }

  /** The stream's events in version order; `afterVersion` skips those a snapshot already covers. */
  readStream(streamId: string, afterVersion = 0): Promise<RecordedEvent[]> {
    return this.readStreamOn(this.pool, streamId, afterVersion);
  }

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.readAllOn(this.pool, options);
  }

  /** How many events the store holds (a rebuild's progress total). */
  async countEvents(): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>('SELECT count(*) FROM events');
    return Number(rows[0].count);
  }

  /** Follows the whole store from `after` until `options.signal` aborts; resolves with the checkpoint reached. */
  async follow(after: Checkpoint, onBatch: BatchHandler, options: FollowOptions): Promise<Checkpoint> {
    const wake =
      this.notifyChannel === null
        ? AppendNotifications.pollingOnly()
        : await AppendNotifications.listen(this.pool, this.notifyChannel);
    try {
      return await followEvents((from, limit) => this.readAll({ after: from, limit }), after, onBatch, wake, options);
    } finally {
      await wake.close();
    }
  }

  private async readStreamOn(db: Queryable, streamId: string, afterVersion: number): Promise<RecordedEvent[]> {
    const { rows } = await db.query<EventRow>(readStreamQuery(streamId, afterVersion));
    return rows.map(toRecordedEvent);
  }

  private async readAllOn(db: Queryable, { after, limit }: ReadAllOptions): Promise<RecordedEvent[]> {
    const { rows } = await db.query<EventRow>(readAllQuery(after, limit));
    return rows.map(toRecordedEvent);
  }

  private async appendOn(
    db: Queryable,
    inCallerTransaction: boolean,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const { eventIds, query } = prepareAppend(streamId, events, options, this.notifyChannel, randomUUID, this.now?.() ?? null);
    const idsSupplied = events.every((event) => event.eventId !== undefined);
    for (let attempt = 1; ; attempt++) {
      try {
        const rows = await (inCallerTransaction ? runInSavepoint(db, query) : run(db, query));
        const last = rows[rows.length - 1];
        // No row: the expected version is ahead of the stream (the EXISTS guard refused).
        if (last === undefined) throw await concurrencyError(db, streamId, options.expectedVersion);
        return { nextExpectedVersion: last.version, lastGlobalPosition: BigInt(last.position) };
      } catch (error) {
        const violation = uniqueViolationOf(error);
        if (violation === undefined) throw error;
        try {
          return await resolveUniqueViolation(db, streamId, eventIds, idsSupplied, options.expectedVersion, violation);
        } catch (resolved) {
          const raceOfAny = resolved instanceof ConcurrencyError && options.expectedVersion === 'any';
          if (!raceOfAny || attempt >= ANY_VERSION_ATTEMPTS) throw resolved;
        }
      }
    }
  }
}

async function run(db: Queryable, query: QueryConfig): Promise<AppendRow[]> {
  const { rows } = await db.query<AppendRow>(query);
  return rows;
}

async function runInSavepoint(db: Queryable, query: QueryConfig): Promise<AppendRow[]> {
  await db.query(`SAVEPOINT ${SAVEPOINT}`);
  try {
    const rows = await run(db, query);
    await db.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    return rows;
  } catch (error) {
    // If even this fails the connection is gone; the caller learns of it from the original error and its COMMIT.
    await db.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`).catch(() => undefined);
    throw error;
  }
}
