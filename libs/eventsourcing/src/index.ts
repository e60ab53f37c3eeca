export type {
  AppendResult,
  Checkpoint,
  EventMetadata,
  ExpectedVersion,
  NewEvent,
  RecordedEvent,
} from './store/event.types';
export { START } from './store/event.types';
export type { AppendOptions, EventStore, ReadAllOptions } from './store/event-store';
export { ConcurrencyError, DuplicateEventError, InvalidAppendError } from './store/errors';
export { DEFAULT_NOTIFY_CHANNEL, ensureEventStoreSchema } from './store/schema.sql';
export { PostgresEventStore } from './store/postgres-event-store';
export type { PostgresEventStoreOptions } from './store/postgres-event-store';
export type { BatchHandler, FollowOptions } from './store/follow';
export { checkpointOf, compareCheckpoints, formatCheckpoint, sameCheckpoint } from './store/checkpoint';
export { withSnapshot, withTransaction } from './store/transaction';
export type { Queryable } from './store/transaction';

export type { Decider, DomainEvent } from './decider/decider';
export { DomainError } from './decider/domain-error';
export type { DomainErrorCode } from './decider/domain-error';
export { foldStream, handleCommand } from './decider/command-handler';
export type { CommandResult, HandleCommandOptions, StreamState } from './decider/command-handler';

export type { Projection } from './projections/projection';
export { ProjectionError } from './projections/projection';
export { ProjectionRunner } from './projections/projection-runner';
export type { ProjectionRunnerOptions } from './projections/projection-runner';
export { rebuildProjection } from './projections/rebuild';
export type { RebuildOptions, RebuildProgress, RebuildResult } from './projections/rebuild';
export { readCheckpoint } from './projections/checkpoint-store';

export { runRebuildCli } from './cli/rebuild';
export { rebuildMain } from './cli/rebuild-main';
export type { RebuildCliOptions } from './cli/rebuild';

export { DeciderSpecification, DeciderOutcome } from './testing/decider-specification';

export { ServiceStore } from './service/service-store';
export type { ServiceStoreOptions } from './service/service-store';
export type { ReadModelProjection } from './service/read-model-projection';
export * from './scheduler';
