import { DeciderSpecification } from '@tapestry/eventsourcing';
import { wellbeingDecider, type RecordWellbeingCheckIn } from './wellbeing.decider';
import type { WellbeingEvent } from './wellbeing.events';

const spec = DeciderSpecification.for(wellbeingDecider);
const now = new Date('2026-05-01T08:30:00.000Z');
const scores = { energy: 2, coping: 3, detachment: 1, support: 4, growth: 2 };

const checkIn = (overrides: Partial<RecordWellbeingCheckIn> = {}): RecordWellbeingCheckIn => ({
  type: 'RecordWellbeingCheckIn',
  checkInId: 'check-1',
  coachId: 'morgan',
  actorId: 'morgan',
  scores,
  text: null,
  today: '2026-05-01',
  now,
  ...overrides,
});
const recorded: WellbeingEvent = {
  type: 'WellbeingCheckInRecorded',
  data: { checkInId: 'check-1', coachId: 'morgan', recordedOn: '2026-05-01', scores, total: 12, recordedAt: now.toISOString() },
};

describe('a wellbeing check-in', () => {
  it('records the five answers and their total', () => {
    spec.given([]).when(checkIn()).then([recorded]);
  });

  it('keeps the free text in its own event, private to coach and supervisor', () => {
    spec
      .given([])
      .when(checkIn({ text: '  Same conversations every week.  ' }))
      .then([recorded, { type: 'WellbeingNoteWritten', data: { checkInId: 'check-1', coachId: 'morgan', text: 'Same conversations every week.', writtenAt: now.toISOString() } }]);
  });

  it('refuses a score out of range', () => {
    for (const score of [0, 6, 2.5, -1, Number.NaN]) {
      spec.given([]).when(checkIn({ scores: { ...scores, coping: score } })).thenThrows('SCORE_OUT_OF_RANGE', /1 to 5; "coping"/);
    }
  });

  it('refuses a missing answer or an item that is not on the scale', () => {
    const { growth: _growth, ...missing } = scores;
    spec.given([]).when(checkIn({ scores: missing })).thenThrows('BAD_USER_INPUT', /"growth" has no answer/);
    spec.given([]).when(checkIn({ scores: { ...scores, mood: 3 } })).thenThrows('BAD_USER_INPUT', /no item "mood"/);
  });

  it('refuses a check-in made for someone else, one recorded twice, or an overlong note', () => {
    spec.given([]).when(checkIn({ actorId: 'alex' })).thenThrows('FORBIDDEN');
    spec.given([recorded]).when(checkIn()).thenThrows('CONFLICT');
    spec.given([]).when(checkIn({ text: 'x'.repeat(4_001) })).thenThrows('BAD_USER_INPUT', /4000 characters/);
  });

  it('takes later check-ins in turn', () => {
    spec
      .given([recorded])
      .when(checkIn({ checkInId: 'check-2', scores: { energy: 5, coping: 5, detachment: 5, support: 5, growth: 5 } }))
      .then([
        {
          type: 'WellbeingCheckInRecorded',
          data: { checkInId: 'check-2', coachId: 'morgan', recordedOn: '2026-05-01', scores: { energy: 5, coping: 5, detachment: 5, support: 5, growth: 5 }, total: 25, recordedAt: now.toISOString() },
        },
      ]);
  });
});
