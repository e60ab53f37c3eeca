import { DeciderSpecification } from '@tapestry/eventsourcing';
import { relationshipDecider, type Actor, type RelationshipCommand } from './relationship.decider';
import type { Pairing, RelationshipEvent, RelationshipRef } from './relationship.events';

const spec = DeciderSpecification.for(relationshipDecider);

const relationshipId = 'rel-1';
const pairing: Pairing = {
  relationshipId,
  requestId: 'request-1',
  roundId: 'round-1',
  programme: 'GENERAL',
  kind: 'mentoring',
  coachId: 'morgan',
  coachOrganisationId: 'trust-1',
  coacheeId: 'sam',
  coacheeOrganisationId: 'trust-1',
  requestedAt: '2026-02-20T09:00:00.000Z',
  approvedBy: 'priya',
  introducedAt: '2026-03-02T09:00:00.000Z',
  chemistryMeetingAt: '2026-03-09T12:30:00.000Z',
  score: 7.5,
  reasons: ['same site', 'both on nights'],
  crossesDirectorate: true,
  crossesStaffGroup: false,
  crossesOrganisation: false,
};
const ref: RelationshipRef = { relationshipId, coachId: 'morgan', coachOrganisationId: 'trust-1' };

const coach: Actor = { personId: 'morgan', side: 'coach' };
const coachee: Actor = { personId: 'sam', side: 'coachee' };
const lead: Actor = { personId: 'priya', side: null };

const now = new Date('2026-03-10T10:00:00.000Z');
const today = '2026-03-10';

const introduced: RelationshipEvent = { type: 'RelationshipIntroduced', data: pairing };
const chemistryHeld: RelationshipEvent = { type: 'ChemistryMeetingHeld', data: { ...ref, heldOn: '2026-03-09', recordedBy: 'sam', recordedAt: now.toISOString() } };
const confirmedBy = (side: 'coach' | 'coachee'): RelationshipEvent => ({ type: 'RelationshipConfirmed', data: { relationshipId, side, confirmedAt: now.toISOString() } });
const activated: RelationshipEvent = { type: 'RelationshipActivated', data: { ...ref, activeFrom: today, reviewDueOn: '2026-09-10' } };
const active = [introduced, chemistryHeld, confirmedBy('coachee'), confirmedBy('coach'), activated];
const closed: RelationshipEvent = {
  type: 'RelationshipClosed',
  data: { ...ref, closedOn: '2026-09-10', reason: 'GOALS_MET', outcome: 'ACHIEVED', closedBy: 'sam', sessionsHeld: 0 },
};

const recordChemistry = (heldOn: string): RelationshipCommand => ({ type: 'RecordChemistryMeeting', actor: coachee, heldOn, today, now });
const confirm = (actor: Actor): RelationshipCommand => ({ type: 'Confirm', actor, now, today });
const logSession = (minutes: number, heldOn = today, actor: Actor = coach): RelationshipCommand => ({
  type: 'LogSession',
  actor,
  sessionId: 'session-1',
  heldOn,
  minutes,
  growStage: 'GOAL',
  today,
});
const extend = (on: string, months = 3): RelationshipCommand => ({ type: 'Extend', approvedBy: 'priya', months, reason: 'Interview in the autumn', today: on });
const closeBy = (actor: Actor, feedback: string | null, on = '2026-09-10'): RelationshipCommand => ({
  type: 'Close',
  actor,
  reason: 'GOALS_MET',
  outcome: 'ACHIEVED',
  feedback,
  today: on,
});

describe('the chemistry meeting', () => {
  it('records the meeting held', () => {
    spec.given([introduced]).when(recordChemistry('2026-03-09')).then([chemistryHeld]);
  });

  it('refuses a meeting dated in the future', () => {
    spec.given([introduced]).when(recordChemistry('2026-03-11')).thenThrows('DATE_IN_FUTURE', /cannot be in the future/);
  });

  it('refuses a meeting before the introduction, or recorded twice', () => {
    spec.given([introduced]).when(recordChemistry('2026-03-01')).thenThrows('BAD_USER_INPUT', /before the introduction/);
    spec.given([introduced, chemistryHeld]).when(recordChemistry('2026-03-10')).thenThrows('CONFLICT', /already recorded, on 2026-03-09/);
  });
});

describe('confirming after the chemistry meeting', () => {
  it('refuses a confirmation before the chemistry meeting', () => {
    spec.given([introduced]).when(confirm(coachee)).thenThrows('CHEMISTRY_NOT_HELD', /Record the chemistry meeting first/);
  });

  it('waits for both sides: the first confirmation alone does not start the relationship', () => {
    spec.given([introduced, chemistryHeld]).when(confirm(coachee)).then([confirmedBy('coachee')]);
  });

  it('refuses the same side confirming twice', () => {
    spec.given([introduced, chemistryHeld, confirmedBy('coachee')]).when(confirm(coachee)).thenThrows('ALREADY_CONFIRMED');
  });

  it('starts the relationship when the second side confirms, with the review six months on', () => {
    spec.given([introduced, chemistryHeld, confirmedBy('coachee')]).when(confirm(coach)).then([confirmedBy('coach'), activated]);
  });

  it('leaves confirming to the pair', () => {
    spec.given([introduced, chemistryHeld]).when(confirm(lead)).thenThrows('FORBIDDEN');
  });
});

describe('declining an introduction', () => {
  it('lets either side decline with no fault before the relationship starts', () => {
    spec
      .given([introduced, chemistryHeld])
      .when({ type: 'Decline', actor: coach, now })
      .then([{ type: 'RelationshipDeclined', data: { ...ref, requestId: 'request-1', side: 'coach', declinedAt: now.toISOString() } }]);
  });

  it('refuses a decline once the relationship is active, pointing to closing instead', () => {
    spec.given(active).when({ type: 'Decline', actor: coachee, now }).thenThrows('RELATIONSHIP_ACTIVE', /close it instead/);
  });
});

describe('logging sessions', () => {
  it('logs a session of up to 90 minutes', () => {
    spec.given(active).when(logSession(90)).then([
      { type: 'SessionLogged', data: { ...ref, kind: 'mentoring', sessionId: 'session-1', heldOn: today, minutes: 90, growStage: 'GOAL', loggedBy: 'morgan' } },
    ]);
  });

  it('refuses a session of 91 minutes, naming the limit', () => {
    spec.given(active).when(logSession(91)).thenThrows('SESSION_TOO_LONG', /at most 90 minutes/);
  });

  it('refuses a session of 0 minutes or a fraction of a minute', () => {
    spec.given(active).when(logSession(0)).thenThrows('BAD_USER_INPUT', /at least 1; got 0/);
    spec.given(active).when(logSession(30.5)).thenThrows('BAD_USER_INPUT');
  });

  it('refuses a session dated in the future', () => {
    spec.given(active).when(logSession(60, '2026-03-11')).thenThrows('DATE_IN_FUTURE');
  });

  it('refuses a session on a closed relationship', () => {
    spec.given([...active, closed]).when(logSession(60)).thenThrows('RELATIONSHIP_CLOSED');
  });

  it('refuses a session before both have confirmed', () => {
    spec.given([introduced, chemistryHeld]).when(logSession(60)).thenThrows('NOT_ACTIVE');
  });

  it('leaves logging sessions to the pair', () => {
    spec.given(active).when(logSession(60, today, lead)).thenThrows('FORBIDDEN');
  });
});

describe('extending at the six-month review', () => {
  const extended: RelationshipEvent = {
    type: 'RelationshipExtended',
    data: { ...ref, extendedTo: '2026-12-10', approvedBy: 'priya', reason: 'Interview in the autumn' },
  };

  it('extends from thirty days before the review', () => {
    spec.given(active).when(extend('2026-08-11')).then([extended]);
  });

  it('refuses an extension earlier than that, saying from when', () => {
    spec.given(active).when(extend('2026-08-10')).thenThrows('TOO_EARLY_TO_EXTEND', /from 2026-08-11/);
  });

  it('extends only once', () => {
    spec.given([...active, extended]).when(extend('2026-09-01')).thenThrows('ALREADY_EXTENDED', /to 2026-12-10/);
  });

  it('refuses an extension of more than six months', () => {
    spec.given(active).when(extend('2026-09-01', 7)).thenThrows('BAD_USER_INPUT');
  });
});

describe('closing', () => {
  const feedback = (side: 'coach' | 'coachee', text: string): RelationshipEvent => ({ type: 'ClosingFeedbackGiven', data: { relationshipId, side, feedback: text } });

  it('closes with the reason, the outcome, the sessions held and the closer’s feedback', () => {
    spec.given(active).when(closeBy(coachee, 'Thank you')).then([closed, feedback('coachee', 'Thank you')]);
  });

  it('adds the other side’s feedback to a relationship already closed', () => {
    spec.given([...active, closed, feedback('coachee', 'Thank you')]).when(closeBy(coach, 'A pleasure')).then([feedback('coach', 'A pleasure')]);
  });

  it('refuses the same side closing twice', () => {
    spec.given([...active, closed, feedback('coachee', 'Thank you')]).when(closeBy(coachee, 'Again')).thenThrows('ALREADY_CLOSED');
  });

  it('refuses to close an introduction that never started', () => {
    spec.given([introduced]).when(closeBy(coachee, null)).thenThrows('NOT_ACTIVE', /decline the introduction instead/);
  });
});

describe('follow-ups', () => {
  const followUp = (kind: 'chemistry_follow_up' | 'session_nudge'): RelationshipCommand => ({ type: 'SendFollowUp', kind, now });

  it('follows up a chemistry meeting not yet recorded', () => {
    spec.given([introduced]).when(followUp('chemistry_follow_up')).then([
      { type: 'FollowUpSent', data: { relationshipId, kind: 'chemistry_follow_up', sentAt: now.toISOString() } },
    ]);
  });

  it('sends no chemistry follow-up once the meeting is recorded', () => {
    spec.given([introduced, chemistryHeld]).when(followUp('chemistry_follow_up')).thenNothingHappens();
    spec.given([introduced, chemistryHeld]).when({ type: 'Escalate', kind: 'chemistry_follow_up', to: 'priya', now }).thenNothingHappens();
  });

  it('nudges only an active relationship', () => {
    spec.given([introduced]).when(followUp('session_nudge')).thenNothingHappens();
    spec.given([...active, closed]).when(followUp('session_nudge')).thenNothingHappens();
  });
});
