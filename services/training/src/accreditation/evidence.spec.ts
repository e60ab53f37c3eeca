import { DeciderSpecification } from '@tapestry/eventsourcing';
import type { RecordCoachingHours, RecordCpd, RecordSupervisionHours } from './accreditation.commands';
import { accreditationDecider } from './accreditation.decider';
import { coaching, now, personId, supervision } from './accreditation.fixtures';

const spec = DeciderSpecification.for(accreditationDecider);
const recordCpd = (overrides: Partial<RecordCpd> = {}): RecordCpd => ({
  type: 'RecordCpd',
  personId,
  cpdId: 'cpd-1',
  hours: 3,
  date: '2025-08-30',
  description: ' Reading: The Coaching Manual ',
  now,
  ...overrides,
});
const coachingSession = (overrides: Partial<RecordCoachingHours> = {}): RecordCoachingHours => ({
  type: 'RecordCoachingHours',
  personId,
  sourceEventId: 'session-1',
  practice: 'coaching',
  hours: 1.5,
  sessionDate: '2025-05-01',
  ...overrides,
});
const supervisionSession = (overrides: Partial<RecordSupervisionHours> = {}): RecordSupervisionHours => ({
  type: 'RecordSupervisionHours',
  personId,
  sourceEventId: 'supervision-1',
  hours: 1,
  sessionDate: '2025-05-02',
  ...overrides,
});

describe('recording CPD', () => {
  it('records hours, date and description', () => {
    spec
      .given([])
      .when(recordCpd())
      .then([
        {
          type: 'CpdRecorded',
          data: { personId, cpdId: 'cpd-1', hours: 3, date: '2025-08-30', description: 'Reading: The Coaching Manual', recordedAt: now.toISOString() },
        },
      ]);
  });

  it('accepts CPD dated today, in London', () => {
    spec.given([]).when(recordCpd({ date: '2025-09-01' })).then([
      { type: 'CpdRecorded', data: { personId, cpdId: 'cpd-1', hours: 3, date: '2025-09-01', description: 'Reading: The Coaching Manual', recordedAt: now.toISOString() } },
    ]);
  });

  it.each([
    ['no hours', { hours: 0 }, /more than zero/],
    ['negative hours', { hours: -2 }, /more than zero/],
    ['absurd hours', { hours: 41 }, /more than the 40/],
    ['a date in the future', { date: '2025-09-02' }, /in the future/],
    ['a date that is no date', { date: 'last week' }, /not a date/],
    ['no description', { description: '' }, /CPD description is required/],
  ])('refuses %s', (_case, overrides, message) => {
    spec.given([]).when(recordCpd(overrides)).thenThrows('BAD_USER_INPUT', message);
  });
});

describe('recording practice and supervision hours from other contexts', () => {
  it('counts a coaching session', () => {
    spec.given([]).when(coachingSession()).then([coaching('session-1', 1.5)]);
  });

  it('counts a supervision session', () => {
    spec.given([]).when(supervisionSession()).then([supervision('supervision-1', 1)]);
  });

  it('ignores an event delivered again', () => {
    spec.given([coaching('session-1', 1.5)]).when(coachingSession()).thenNothingHappens();
    spec.given([supervision('supervision-1', 1)]).when(supervisionSession()).thenNothingHappens();
  });

  it.each([
    ['coaching', coachingSession({ hours: 0 }), /more than zero/],
    ['coaching', coachingSession({ hours: 9 }), /more than the 8/],
    ['coaching', coachingSession({ sessionDate: '2025-13-01' }), /not a date/],
    ['supervision', supervisionSession({ hours: -1 }), /more than zero/],
    ['supervision', supervisionSession({ sessionDate: '' }), /not a date/],
  ])('refuses bad %s hours', (_kind, command, message) => {
    spec.given([]).when(command).thenThrows('BAD_USER_INPUT', message);
  });
});
