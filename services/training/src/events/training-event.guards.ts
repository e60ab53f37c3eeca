import { DomainError } from '@tapestry/eventsourcing';
import { assertNever } from '../common';
import type { TrainingEventDetails } from './training-event.events';
import type { TrainingEventState } from './training-event.state';

export type ScheduledEvent = Extract<TrainingEventState, { status: 'scheduled' }>;

/** The event exists and still runs; a cancelled one takes no enrolments, acknowledgements or attendance. */
export function requireScheduled(state: TrainingEventState, eventId: string): ScheduledEvent {
  switch (state.status) {
    case 'absent':
      throw new DomainError('NOT_FOUND', `Training event ${eventId} does not exist.`, { eventId });
    case 'cancelled':
      throw new DomainError('EVENT_CANCELLED', `This training event was cancelled (${state.reason}); choose another date.`, { eventId });
    case 'scheduled':
      return state;
    default:
      return assertNever(state);
  }
}

export function requireNotStarted(details: TrainingEventDetails, now: Date, eventId: string): void {
  if (now.getTime() >= Date.parse(details.startsAt)) {
    throw new DomainError('EVENT_IN_PAST', `This training event started at ${details.startTime} on ${details.date}; it can no longer change.`, {
      eventId,
    });
  }
}
