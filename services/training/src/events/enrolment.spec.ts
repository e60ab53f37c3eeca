import { DeciderSpecification } from '@tapestry/eventsourcing';
import type { CancelEnrolment, Enrol } from './training-event.commands';
import { trainingEventDecider } from './training-event.decider';
import type { TrainingEventCancelled } from './training-event.events';
import { beforeTheDay, enrolled, eventId, foundationDayScheduled, waitlisted } from './training-event.fixtures';

const spec = DeciderSpecification.for(trainingEventDecider);
const at = beforeTheDay.toISOString();
const enrol = (learnerId: string, now = beforeTheDay): Enrol => ({ type: 'Enrol', eventId, learnerId, enrolledBy: learnerId, now });
const cancel = (learnerId: string, cancelledBy = learnerId, now = beforeTheDay): CancelEnrolment => ({
  type: 'CancelEnrolment',
  eventId,
  learnerId,
  cancelledBy,
  now,
});
const cancelled = (learnerId: string, by: 'learner' | 'organiser', fromWaitingList: boolean) =>
  ({
    type: 'EnrolmentCancelled',
    data: { eventId, learnerId, cancelledBy: by === 'learner' ? learnerId : 'lead-1', by, fromWaitingList, cancelledAt: at },
  }) as const;
const promoted = (learnerId: string) => ({ type: 'LearnerPromotedFromWaitingList', data: { eventId, learnerId, promotedAt: at } }) as const;
const full = [foundationDayScheduled, enrolled('asha'), enrolled('ben')];

describe('enrolling', () => {
  it('gives a place while places are left', () => {
    spec.given([foundationDayScheduled]).when(enrol('asha')).then([enrolled('asha')]);
  });

  it('puts the learner on the waiting list, in order, when the event is full', () => {
    spec.given(full).when(enrol('chen')).then([waitlisted('chen', 1)]);
    spec.given([...full, waitlisted('chen', 1)]).when(enrol('dara')).then([waitlisted('dara', 2)]);
  });

  it('lets a learner who cancelled enrol again', () => {
    spec.given([foundationDayScheduled, enrolled('asha'), cancelled('asha', 'learner', false)]).when(enrol('asha')).then([enrolled('asha')]);
  });

  it('refuses a learner enrolling twice', () => {
    spec.given([foundationDayScheduled, enrolled('asha')]).when(enrol('asha')).thenThrows('ALREADY_ENROLLED', /already has a place/);
  });

  it('refuses a learner already waiting', () => {
    spec.given([...full, waitlisted('chen', 1)]).when(enrol('chen')).thenThrows('ALREADY_ENROLLED', /already on the waiting list/);
  });

  it('refuses an event that has started', () => {
    spec.given([foundationDayScheduled]).when(enrol('asha', new Date('2025-06-12T09:00:00.000Z'))).thenThrows('EVENT_IN_PAST');
  });

  it('refuses a cancelled event', () => {
    const eventCancelled: TrainingEventCancelled = {
      type: 'TrainingEventCancelled',
      data: { eventId, reason: 'Room flooded', cancelledBy: 'lead-1', cancelledAt: at, placesEnded: [] },
    };
    spec.given([foundationDayScheduled, eventCancelled]).when(enrol('asha')).thenThrows('EVENT_CANCELLED');
  });

  it('refuses an event that does not exist', () => {
    spec.given([]).when(enrol('asha')).thenThrows('NOT_FOUND');
  });
});

describe('cancelling an enrolment', () => {
  it('frees the place, which goes to the first on the waiting list', () => {
    spec
      .given([...full, waitlisted('chen', 1), waitlisted('dara', 2)])
      .when(cancel('asha'))
      .then([cancelled('asha', 'learner', false), promoted('chen')]);
  });

  it('promotes the next in line when a second place frees', () => {
    spec
      .given([...full, waitlisted('chen', 1), waitlisted('dara', 2), cancelled('asha', 'learner', false), promoted('chen')])
      .when(cancel('ben', 'lead-1'))
      .then([cancelled('ben', 'organiser', false), promoted('dara')]);
  });

  it('promotes nobody when nobody waits', () => {
    spec.given(full).when(cancel('asha')).then([cancelled('asha', 'learner', false)]);
  });

  it('takes a learner off the waiting list without promoting anyone', () => {
    spec
      .given([...full, waitlisted('chen', 1), waitlisted('dara', 2)])
      .when(cancel('chen', 'lead-1'))
      .then([cancelled('chen', 'organiser', true)]);
  });

  it('refuses a learner who is neither enrolled nor waiting', () => {
    spec.given(full).when(cancel('erin')).thenThrows('NOT_ENROLLED');
  });

  it('refuses a learner who already cancelled', () => {
    spec.given([...full, cancelled('asha', 'learner', false)]).when(cancel('asha')).thenThrows('NOT_ENROLLED');
  });

  it('refuses once the event has started', () => {
    spec.given(full).when(cancel('asha', 'asha', new Date('2025-06-12T08:30:00.000Z'))).thenThrows('EVENT_IN_PAST');
  });
});
