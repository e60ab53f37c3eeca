import { foldStream, handleCommand, type CommandResult, type EventMetadata, type EventStore } from '@tapestry/eventsourcing';
import type { PoolClient } from 'pg';
import type { TrainingEventCommand } from './training-event.commands';
import { trainingEventDecider } from './training-event.decider';
import type { TrainingEventEvent } from './training-event.events';
import type { TrainingEventState } from './training-event.state';

export const trainingEventStream = (eventId: string): string => `training-event-${eventId}`;
export const TRAINING_EVENT_STREAM_TYPE = 'training-event';

/** Enough for 200 places taken at once even if every writer but one lost each race. */
const CONFLICT_RETRIES = 25;

export async function loadTrainingEvent(events: EventStore, eventId: string): Promise<TrainingEventState> {
  return foldStream(trainingEventDecider, await events.readStream(trainingEventStream(eventId))).state;
}

/**
 * Decides one command on the training event's stream inside the caller's transaction. Places are decided on the
 * stream itself, so two learners can never take the last place: writers queue on a transaction lock for the stream
 * (so a crowd enrolling at once mostly waits rather than collides), and a writer that still loses the version race
 * (one that did not take the lock) decides again on the newer state.
 */
export async function runTrainingEventCommand(
  events: EventStore,
  client: PoolClient,
  command: TrainingEventCommand,
  metadata: EventMetadata,
): Promise<CommandResult<TrainingEventEvent, TrainingEventState>> {
  const streamId = trainingEventStream(command.eventId);
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [streamId]);
  return handleCommand(events, trainingEventDecider, streamId, TRAINING_EVENT_STREAM_TYPE, command, metadata, {
    retryOnConflict: true,
    retries: CONFLICT_RETRIES,
  });
}
