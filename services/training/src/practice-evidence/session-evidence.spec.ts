import { create } from '@bufbuild/protobuf';
import { EventEnvelopeSchema, MatchingEventSchema, RelationshipRole, SupervisionEventSchema } from '@tapestry/contracts';
import { sessionLogged, supervisionSessionHeld } from './practice-evidence.fixtures';
import { coachingEvidenceOf, quarterHoursOf, supervisionEvidenceOf } from './session-evidence';
import { UnusableEvidenceError } from './unusable-evidence.error';

function refusalOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('session evidence', () => {
  it('counts a coaching session as hours of coaching, keyed by the event id', () => {
    const event = sessionLogged({ coachId: 'coach-1', minutes: 90, heldOn: '2026-03-04' });

    expect(coachingEvidenceOf(event)).toEqual({ personId: 'coach-1', sourceEventId: event.envelope?.eventId, practice: 'coaching', hours: 1.5, sessionDate: '2026-03-04' });
  });

  it('counts a mentoring session as mentoring', () => {
    expect(coachingEvidenceOf(sessionLogged({ coachId: 'coach-1', minutes: 60, role: RelationshipRole.MENTOR }))?.practice).toBe('mentoring');
  });

  it('counts supervision for the supervisee', () => {
    const event = supervisionSessionHeld({ superviseeId: 'coach-2', minutes: 45 });

    expect(supervisionEvidenceOf(event)).toMatchObject({ personId: 'coach-2', sourceEventId: event.envelope?.eventId, hours: 0.75, sessionDate: '2026-04-10' });
  });

  it.each([
    [50, 0.75],
    [53, 1],
    [60, 1],
    [75, 1.25],
    [7, 0],
    [8, 0.25],
  ])('rounds %i minutes to the nearest quarter hour (%d)', (minutes, hours) => {
    expect(quarterHoursOf(minutes)).toBe(hours);
  });

  it('ignores sessions too short to count', () => {
    expect(coachingEvidenceOf(sessionLogged({ coachId: 'coach-1', minutes: 5 }))).toBeNull();
    expect(supervisionEvidenceOf(supervisionSessionHeld({ superviseeId: 'coach-2', minutes: 0 }))).toBeNull();
  });

  it('ignores event cases it does not know', () => {
    const envelope = create(EventEnvelopeSchema, { eventId: 'e-1', eventType: 'RelationshipClosed' });

    expect(coachingEvidenceOf(create(MatchingEventSchema, { envelope }))).toBeNull();
    expect(supervisionEvidenceOf(create(SupervisionEventSchema, { envelope }))).toBeNull();
  });

  it('refuses, for good, a session without a practitioner or with no role', () => {
    const noCoach = sessionLogged({ coachId: '', minutes: 60 });
    const noRole = sessionLogged({ coachId: 'coach-1', minutes: 60, role: RelationshipRole.UNSPECIFIED });
    const noSupervisee = supervisionSessionHeld({ superviseeId: '', minutes: 60 });

    for (const refused of [() => coachingEvidenceOf(noCoach), () => coachingEvidenceOf(noRole), () => supervisionEvidenceOf(noSupervisee)]) {
      expect(refused).toThrow(UnusableEvidenceError);
    }
    expect(refusalOf(() => coachingEvidenceOf(noCoach))).toMatchObject({ code: 'UNUSABLE_PRACTICE_EVIDENCE', retriable: false });
    expect(() => coachingEvidenceOf(noRole)).toThrow(/neither coach nor mentor/);
  });
});
