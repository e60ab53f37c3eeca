import { DeciderSpecification } from '@tapestry/eventsourcing';
import { coachDecider, type CoachCommand, type CoachEvent, type CoachPreferences } from './coach.decider';

const spec = DeciderSpecification.for(coachDecider);

const coachId = 'morgan';
const organisationId = 'trust-1';
const now = new Date('2026-03-09T10:00:00.000Z');
const preferences: CoachPreferences = { capacity: 2, siteIds: ['site-1'], tags: ['led a band-7 interview panel'], formats: ['in_person'], gender: null };

const setPreferences = (paused: boolean | null, overrides: Partial<CoachPreferences> = {}): CoachCommand => ({
  type: 'SetCoachPreferences',
  coachId,
  organisationId,
  preferences: { ...preferences, ...overrides },
  paused,
  now,
});
const preferencesSet = (paused: boolean): CoachEvent => ({ type: 'CoachPreferencesSet', data: { coachId, organisationId, paused, ...preferences } });
const paused: CoachEvent = { type: 'CoachPaused', data: { coachId, organisationId, capacity: 2, pausedAt: now.toISOString(), reason: null } };
const resumed: CoachEvent = { type: 'CoachResumed', data: { coachId, organisationId, capacity: 2, resumedAt: now.toISOString() } };
const takeSlot = (relationshipId: string, capacity = 2): CoachCommand => ({ type: 'TakeSlot', coachId, organisationId, relationshipId, capacity });
const slotTaken = (relationshipId: string): CoachEvent => ({ type: 'CoachSlotTaken', data: { coachId, organisationId, relationshipId } });
const slotReleased = (relationshipId: string): CoachEvent => ({ type: 'CoachSlotReleased', data: { coachId, organisationId, relationshipId } });
const flagged = (relationshipId: string): CoachEvent => ({
  type: 'CoachFlaggedUnresponsive',
  data: { coachId, organisationId, relationshipId, flaggedAt: now.toISOString() },
});

describe('a coach’s preferences and pause switch', () => {
  it('records preferences without pausing when no pause is asked', () => {
    spec.given([]).when(setPreferences(null)).then([preferencesSet(false)]);
  });

  it('pauses, and refuses to pause again while paused', () => {
    spec.given([]).when(setPreferences(true)).then([preferencesSet(true), paused]);
    spec.given([preferencesSet(true), paused]).when(setPreferences(true)).thenThrows('ALREADY_PAUSED', /resume before pausing again/);
  });

  it('keeps a pause in force when preferences change without mentioning it, and resumes when asked', () => {
    spec.given([preferencesSet(true), paused]).when(setPreferences(null)).then([preferencesSet(true)]);
    spec.given([preferencesSet(true), paused]).when(setPreferences(false)).then([preferencesSet(false), resumed]);
  });

  it('does not announce a resume for a coach who was never paused', () => {
    spec.given([]).when(setPreferences(false)).then([preferencesSet(false)]);
  });
});

describe('taking a place in a coach’s caseload', () => {
  it('takes a place while there is room', () => {
    spec.given([]).when(takeSlot('rel-1')).then([slotTaken('rel-1')]);
    spec.given([slotTaken('rel-1')]).when(takeSlot('rel-2')).then([slotTaken('rel-2')]);
  });

  it('refuses a place beyond capacity, telling the lead to re-run the round', () => {
    spec
      .given([slotTaken('rel-1'), slotTaken('rel-2')])
      .when(takeSlot('rel-3'))
      .thenThrows('CAPACITY_REACHED', 'This coach already supports 2 people, their limit; re-run the round to propose someone else.');
    spec.given([slotTaken('rel-1')]).when(takeSlot('rel-2', 1)).thenThrows('CAPACITY_REACHED', /supports 1 person, their limit/);
  });

  it('frees a place when a relationship ends', () => {
    spec.given([slotTaken('rel-1'), slotTaken('rel-2'), slotReleased('rel-1')]).when(takeSlot('rel-3')).then([slotTaken('rel-3')]);
  });

  it('takes the same relationship’s place only once (a retried approval)', () => {
    spec.given([slotTaken('rel-1'), slotTaken('rel-2')]).when(takeSlot('rel-1')).thenNothingHappens();
  });

  it('refuses a paused coach, and takes them again once resumed', () => {
    spec.given([preferencesSet(true), paused]).when(takeSlot('rel-1')).thenThrows('COACH_PAUSED', /paused matching/);
    spec.given([preferencesSet(true), paused, preferencesSet(false), resumed]).when(takeSlot('rel-1')).then([slotTaken('rel-1')]);
  });

  it('releases only a place the coach holds', () => {
    spec.given([slotTaken('rel-1')]).when({ type: 'ReleaseSlot', coachId, relationshipId: 'rel-1' }).then([slotReleased('rel-1')]);
    spec.given([slotTaken('rel-1')]).when({ type: 'ReleaseSlot', coachId, relationshipId: 'rel-9' }).thenNothingHappens();
  });
});

describe('responsiveness', () => {
  const flag = (relationshipId: string): CoachCommand => ({ type: 'FlagUnresponsive', coachId, relationshipId, now });
  const respond = (relationshipId: string): CoachCommand => ({ type: 'RecordResponse', coachId, relationshipId, now });
  const responded = (relationshipId: string): CoachEvent => ({
    type: 'CoachResponded',
    data: { coachId, organisationId, relationshipId, respondedAt: now.toISOString() },
  });

  it('flags a coach who left an introduction unanswered, once', () => {
    spec.given([slotTaken('rel-1')]).when(flag('rel-1')).then([flagged('rel-1')]);
    spec.given([slotTaken('rel-1'), flagged('rel-1')]).when(flag('rel-1')).thenNothingHappens();
  });

  it('does not flag for a relationship that no longer holds a place', () => {
    spec.given([slotTaken('rel-1'), slotReleased('rel-1')]).when(flag('rel-1')).thenNothingHappens();
  });

  it('is not given new introductions while flagged', () => {
    spec.given([slotTaken('rel-1'), flagged('rel-1')]).when(takeSlot('rel-2')).thenThrows('COACH_UNRESPONSIVE', /re-run the round/);
  });

  it('clears the flag when the coach answers, and is proposed again', () => {
    spec.given([slotTaken('rel-1'), flagged('rel-1')]).when(respond('rel-1')).then([responded('rel-1')]);
    spec.given([slotTaken('rel-1'), flagged('rel-1'), responded('rel-1')]).when(takeSlot('rel-2')).then([slotTaken('rel-2')]);
  });

  it('records no response for an introduction that was never flagged', () => {
    spec.given([slotTaken('rel-1')]).when(respond('rel-1')).thenNothingHappens();
  });

  it('clears the flag when the unanswered relationship ends', () => {
    spec.given([slotTaken('rel-1'), flagged('rel-1'), slotReleased('rel-1')]).when(takeSlot('rel-2')).then([slotTaken('rel-2')]);
  });
});
