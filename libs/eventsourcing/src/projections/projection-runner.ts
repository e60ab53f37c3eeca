import type { Pool } from 'pg';
import type { PostgresEventStore } from '../store/postgres-event-store';
import type { Checkpoint, RecordedEvent } from '../store/event.types';
import { applyBatch } from './apply-batch';
import { readCheckpoint } from './checkpoint-store';
import { ProjectionError, type Projection } from './projection';

export interface ProjectionRunnerOptions {
  batchSize?: number;
  /** Poll interval when no notification arrives. */
  pollMs?: number;
  /** Pause before resuming after a failed batch (the batch is retried from the stored checkpoint). */
  retryMs?: number;
  /** Told about every failed batch while following; the runner keeps going. */
  onError?: (error: unknown, projection: string) => void;
}

/** Keeps one projection's read model up to date: catch up with runOnce, or follow with start/stop. */
export class ProjectionRunner {
  private controller: AbortController | undefined;
  private running: Promise<void> | undefined;
  private readonly batchSize: number;

  constructor(
    private readonly pool: Pool,
    private readonly store: PostgresEventStore,
    readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
  }

  /** Applies every event committed so far, batch by batch; returns how many events were read. */
  async runOnce(): Promise<number> {
    let from = await readCheckpoint(this.pool, this.projection.name);
    let read = 0;
    for (;;) {
      const events = await this.store.readAll({ after: from, limit: this.batchSize });
      if (events.length === 0) return read;
      const outcome = await applyBatch(this.pool, this.projection, from, events);
      if (outcome.applied) read += events.length;
      from = outcome.checkpoint;
    }
  }

  /** Follows new events in the background until stop(). */
  start(): void {
    if (this.running) {
      throw new ProjectionError('ALREADY_RUNNING', `Projection ${this.projection.name} is already running: stop it first.`);
    }
    const controller = new AbortController();
    this.controller = controller;
    this.running = this.follow(controller.signal);
  }

  /** Stops following once the batch in hand is done. */
  async stop(): Promise<void> {
    this.controller?.abort();
    await this.running;
    this.controller = undefined;
    this.running = undefined;
  }

  private async follow(signal: AbortSignal): Promise<void> {
    const { pollMs = 1000, retryMs = 1000, onError = reportToConsole } = this.options;
    while (!signal.aborted) {
      try {
        let from: Checkpoint = await readCheckpoint(this.pool, this.projection.name);
        const onBatch = async (events: RecordedEvent[]): Promise<Checkpoint> => {
          from = (await applyBatch(this.pool, this.projection, from, events)).checkpoint;
          return from;
        };
        await this.store.follow(from, onBatch, { signal, pollMs, batchSize: this.batchSize });
      } catch (error) {
        onError(error, this.projection.name);
        await pause(retryMs, signal);
      }
    }
  }
}

function reportToConsole(error: unknown, projection: string): void {
  console.error(`Projection ${projection} failed a batch and will retry it:`, error);
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}
