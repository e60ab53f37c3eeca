import { DeciderSpecification } from '@tapestry/eventsourcing';
import { EXPECTATIONS_BOOKLET } from './booklet';
import type { AcknowledgeExpectations, RecordAttendance } from './training-event.commands';
import type { TrainingEventCancelled } from './training-event.events';
import { trainingEventDecider } from './training-event.decider';
import {
  acknowledged,
  attendance,
  beforeTheDay,
  completed,
  enrolled,
  eventId,
  foundationDayScheduled,
  onTheDay,
  waitlisted,
} from './training-event.fixtures';

const spec = DeciderSpecification.for(trainingEventDecider);
const acknowledge = (learnerId: string, overrides: Partial<AcknowledgeExpectations> = {}): AcknowledgeExpectations => ({
  type: 'AcknowledgeExpectations',
  eventId,
  learnerId,
  bookletVersion: EXPECTATIONS_BOOKLET.version,
  now: beforeTheDay,
  ...overrides,
});
const record = (learnerId: string, value: string, now = onTheDay): RecordAttendance => ({
  type: 'RecordAttendance',
  eventId,
  learnerId,
  attendance: value,
  recordedBy: 'lead-1',
  now,
});
const ready = [foundationDayScheduled, enrolled('asha'), enrolled('ben'), acknowledged('asha')];

describe('acknowledging the pre-training booklet', () => {
  it('records the version the learner read', () => {
    spec.given([foundationDayScheduled, enrolled('asha')]).when(acknowledge('asha')).then([acknowledged('asha')]);
  });

  it('lets a learner on the waiting list acknowledge', () => {
    spec.given([foundationDayScheduled, enrolled('asha'), enrolled('ben'), waitlisted('chen', 1)]).when(acknowledge('chen')).then([acknowledged('chen')]);
  });

  it('does nothing the second time', () => {
    spec.given(ready).when(acknowledge('asha')).thenNothingHappens();
  });

  it('refuses an out-of-date booklet', () => {
    spec.given(ready).when(acknowledge('ben', { bookletVersion: '2019-1' })).thenThrows('BAD_USER_INPUT', /booklet has changed/);
  });

  it('refuses someone not enrolled', () => {
    spec.given(ready).when(acknowledge('erin')).thenThrows('NOT_ENROLLED');
  });

  it('refuses once the event has started', () => {
    spec.given(ready).when(acknowledge('ben', { now: onTheDay })).thenThrows('EVENT_IN_PAST');
  });
});

describe('recording attendance', () => {
  it('completes the training of a learner who attended and acknowledged the booklet', () => {
    spec.given(ready).when(record('asha', 'attended')).then([attendance('asha', 'attended'), completed('asha')]);
  });

  it('records an absence, which needs no acknowledgement', () => {
    spec.given(ready).when(record('ben', 'absent')).then([attendance('ben', 'absent')]);
  });

  it('can be taken from the morning of the day, London time', () => {
    const earlyMorning = new Date('2025-06-11T23:30:00.000Z');
    spec.given(ready).when(record('ben', 'absent', earlyMorning)).then([{ ...attendance('ben', 'absent'), data: { ...attendance('ben', 'absent').data, recordedAt: earlyMorning.toISOString() } }]);
  });

  it('corrects an absence to attendance', () => {
    spec.given([...ready, attendance('asha', 'absent')]).when(record('asha', 'attended')).then([attendance('asha', 'attended'), completed('asha')]);
  });

  it('does nothing when the same attendance is recorded again', () => {
    spec.given([...ready, attendance('asha', 'attended'), completed('asha')]).when(record('asha', 'attended')).thenNothingHappens();
  });

  it('refuses to undo a completion', () => {
    spec.given([...ready, attendance('asha', 'attended'), completed('asha')]).when(record('asha', 'absent')).thenThrows('ALREADY_COMPLETED');
  });

  it('refuses to complete a learner who has not acknowledged the booklet', () => {
    spec.given(ready).when(record('ben', 'attended')).thenThrows('EXPECTATIONS_NOT_ACKNOWLEDGED');
  });

  it('refuses attendance for someone not enrolled, or only waiting', () => {
    spec.given(ready).when(record('erin', 'attended')).thenThrows('NOT_ENROLLED');
    spec.given([...ready, waitlisted('chen', 1), acknowledged('chen')]).when(record('chen', 'attended')).thenThrows('NOT_ENROLLED');
  });

  it('refuses attendance before the day', () => {
    spec.given(ready).when(record('asha', 'attended', new Date('2025-06-11T22:59:00.000Z'))).thenThrows('EVENT_NOT_STARTED');
  });

  it('refuses an attendance value it does not know', () => {
    spec.given(ready).when(record('asha', 'late')).thenThrows('BAD_USER_INPUT', /one of attended, absent/);
  });

  it('refuses attendance for a cancelled event', () => {
    const cancelled: TrainingEventCancelled = {
      type: 'TrainingEventCancelled',
      data: { eventId, reason: 'Strike', cancelledBy: 'lead-1', cancelledAt: beforeTheDay.toISOString(), placesEnded: ['asha', 'ben'] },
    };
    spec.given([...ready, cancelled]).when(record('asha', 'attended')).thenThrows('EVENT_CANCELLED');
  });
});

describe('the booklet', () => {
  it('states the commitment the programme asks for', () => {
    expect(EXPECTATIONS_BOOKLET.commitment).toEqual({ maxPeopleAtATime: 2, sessionsPerMonth: 1, maxSessionHours: 1.5, maxMonths: 6 });
    expect(EXPECTATIONS_BOOKLET.text).toMatch(/at most two people at a time/);
    expect(EXPECTATIONS_BOOKLET.text).toMatch(/once a month, for at most an hour and a half/);
    expect(EXPECTATIONS_BOOKLET.text).toMatch(/at most six months/);
  });
});
