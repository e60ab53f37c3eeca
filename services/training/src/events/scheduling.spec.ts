import { DeciderSpecification } from '@tapestry/eventsourcing';
import { trainingEventDecider } from './training-event.decider';
import { beforeTheDay, enrolled, eventId, foundationDayScheduled, scheduleFoundationDay, waitlisted } from './training-event.fixtures';

const spec = DeciderSpecification.for(trainingEventDecider);
const withData = (data: Partial<typeof foundationDayScheduled.data>) => ({ ...foundationDayScheduled, data: { ...foundationDayScheduled.data, ...data } });

describe('scheduling a training event', () => {
  it('records the day with its London times as UTC instants', () => {
    spec.given([]).when(scheduleFoundationDay()).then([foundationDayScheduled]);
  });

  it('works out winter times without an offset', () => {
    spec
      .given([])
      .when(scheduleFoundationDay({ date: '2025-12-04' }))
      .then([withData({ date: '2025-12-04', startsAt: '2025-12-04T09:30:00.000Z', endsAt: '2025-12-04T16:30:00.000Z' })]);
  });

  it('accepts an online event with an https link, and a hybrid one with both', () => {
    const link = 'https://meet.example.nhs.uk/j/123';
    spec.given([]).when(scheduleFoundationDay({ venue: ' ', onlineLink: link })).then([withData({ venue: null, onlineLink: link })]);
    spec.given([]).when(scheduleFoundationDay({ onlineLink: link })).then([withData({ onlineLink: link })]);
  });

  it('refuses to schedule the same event twice', () => {
    spec.given([foundationDayScheduled]).when(scheduleFoundationDay()).thenThrows('TRAINING_EVENT_EXISTS');
  });

  it('refuses an unknown course', () => {
    spec.given([]).when(scheduleFoundationDay({ facts: { course: 'unknown' } })).thenThrows('NOT_FOUND');
  });

  it('refuses a retired course', () => {
    spec.given([]).when(scheduleFoundationDay({ facts: { course: 'retired' } })).thenThrows('COURSE_RETIRED');
  });

  it('refuses a day that has passed, or a start time already gone today', () => {
    spec.given([]).when(scheduleFoundationDay({ date: '2025-03-31' })).thenThrows('EVENT_IN_PAST');
    spec.given([]).when(scheduleFoundationDay({ now: new Date('2025-06-12T08:30:00.000Z') })).thenThrows('EVENT_IN_PAST', /09:30 has already passed/);
  });

  it.each([
    ['a date that is no date', { date: '12/06/2025' }, /Date "12\/06\/2025" is not a date/],
    ['a start time that is no time', { startTime: '9.30' }, /Start time "9.30" is not a time/],
    ['an end time of 24:00', { endTime: '24:00' }, /End time "24:00" is not a time/],
    ['an end before the start', { endTime: '09:00' }, /must end after it starts/],
    ['an end equal to the start', { endTime: '09:30' }, /must end after it starts/],
    ['neither venue nor link', { venue: null, onlineLink: '' }, /venue or an online link/],
    ['a link that is not https', { onlineLink: 'http://meet.example/j/1' }, /must start with https/],
    ['a link that is no address', { onlineLink: 'teams meeting' }, /not a web address/],
    ['no facilitator', { facilitator: ' ' }, /Facilitator is required/],
    ['no places', { capacity: 0 }, /from 1 to 200/],
    ['too many places', { capacity: 201 }, /from 1 to 200/],
    ['part of a place', { capacity: 2.5 }, /whole number/],
  ])('refuses %s', (_case, overrides, message) => {
    spec.given([]).when(scheduleFoundationDay(overrides)).thenThrows('BAD_USER_INPUT', message);
  });
});

describe('cancelling a training event', () => {
  const cancel = { type: 'CancelEvent', eventId, reason: 'Facilitator unwell', cancelledBy: 'lead-1', now: beforeTheDay } as const;
  const cancelled = {
    type: 'TrainingEventCancelled',
    data: { eventId, reason: 'Facilitator unwell', cancelledBy: 'lead-1', cancelledAt: beforeTheDay.toISOString(), placesEnded: [] as string[] },
  } as const;

  it("ends everyone's place, those enrolled first, then those waiting in order", () => {
    spec
      .given([foundationDayScheduled, enrolled('asha'), enrolled('ben'), waitlisted('chen', 1), waitlisted('dara', 2)])
      .when(cancel)
      .then([{ ...cancelled, data: { ...cancelled.data, placesEnded: ['asha', 'ben', 'chen', 'dara'] } }]);
  });

  it('requires a reason', () => {
    spec.given([foundationDayScheduled]).when({ ...cancel, reason: '' }).thenThrows('BAD_USER_INPUT', /Reason for cancelling is required/);
  });

  it('refuses an event that does not exist', () => {
    spec.given([]).when(cancel).thenThrows('NOT_FOUND');
  });

  it('refuses an event already cancelled', () => {
    spec.given([foundationDayScheduled, cancelled]).when(cancel).thenThrows('EVENT_CANCELLED', /Facilitator unwell/);
  });

  it('refuses once the event has started', () => {
    spec.given([foundationDayScheduled]).when({ ...cancel, now: new Date('2025-06-12T08:30:00.000Z') }).thenThrows('EVENT_IN_PAST');
  });
});
