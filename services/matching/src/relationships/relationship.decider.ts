import { DomainError, type Decider } from '@tapestry/eventsourcing';
import { addDays, addMonths, assertNever, type CalendarDate } from '@tapestry/domain';
import type { CancellationReason, ClosureOutcome, ClosureReason, FollowUpKind, GrowStage, LoggedSession, Pairing, RelationshipEvent, RelationshipRef, Side } from './relationship.events';

/** The programme's commitment: sessions of at most 90 minutes, relationships of six months, one extension. */
export const MAX_SESSION_MINUTES = 90;
export const TERM_MONTHS = 6;
export const MAX_EXTENSION_MONTHS = 6;
/** The lead may approve an extension from this many days before the six-month review. */
export const EXTENSION_WINDOW_DAYS = 30;

interface Common {
  pairing: Pairing;
  chemistryHeldOn: CalendarDate | null;
  confirmedBy: Side[];
  sessions: LoggedSession[];
  cancellations: number;
  /** When each follow-up was last sent: an escalation says how long it has gone unanswered. */
  followUpsSentAt: Partial<Record<FollowUpKind, string>>;
}

export type RelationshipState =
  | { status: 'absent' }
  | ({ status: 'introduced' } & Common)
  | ({ status: 'declined'; declinedBy: Side } & Common)
  | ({ status: 'active'; activeFrom: CalendarDate; reviewDueOn: CalendarDate; extendedTo: CalendarDate | null; sixMonthCheckDue: boolean } & Common)
  | ({
      status: 'closed';
      activeFrom: CalendarDate;
      closedOn: CalendarDate;
      reason: ClosureReason;
      outcome: ClosureOutcome;
      feedbackFrom: Side[];
    } & Common);

/** Who is acting: one of the pair, or the programme lead (who is neither side). */
export type Actor = { personId: string; side: Side | null };

export type RelationshipCommand =
  | { type: 'Introduce'; pairing: Pairing }
  | { type: 'RecordChemistryMeeting'; actor: Actor; heldOn: CalendarDate; today: CalendarDate; now: Date }
  | { type: 'Confirm'; actor: Actor; now: Date; today: CalendarDate }
  | { type: 'Decline'; actor: Actor; now: Date }
  | { type: 'LogSession'; actor: Actor; sessionId: string; heldOn: CalendarDate; minutes: number; growStage: GrowStage | null; today: CalendarDate }
  | {
      type: 'CancelSession';
      actor: Actor;
      sessionId: string;
      plannedOn: CalendarDate;
      reason: CancellationReason;
      rescheduledTo: CalendarDate | null;
      today: CalendarDate;
    }
  | { type: 'MarkSixMonthCheck'; today: CalendarDate }
  | { type: 'Extend'; approvedBy: string; months: number; reason: string; today: CalendarDate }
  | { type: 'Close'; actor: Actor; reason: ClosureReason; outcome: ClosureOutcome; feedback: string | null; today: CalendarDate }
  | { type: 'SendFollowUp'; kind: FollowUpKind; now: Date }
  | { type: 'Escalate'; kind: FollowUpKind; to: string; now: Date };

type Existing = Exclude<RelationshipState, { status: 'absent' }>;

const refOf = ({ pairing }: Existing): RelationshipRef => ({
  relationshipId: pairing.relationshipId,
  coachId: pairing.coachId,
  coachOrganisationId: pairing.coachOrganisationId,
});

function existing(state: RelationshipState): Existing {
  if (state.status === 'absent') throw new DomainError('NOT_FOUND', 'This relationship does not exist.');
  return state;
}

const ENDED: Record<'declined' | 'closed', string> = {
  declined: 'This introduction was declined, so the relationship never started.',
  closed: 'This relationship is closed.',
};

function requireParty(actor: Actor, action: string): Side {
  if (actor.side === null) throw new DomainError('FORBIDDEN', `Only the pair themselves can ${action}.`);
  return actor.side;
}

function requireActive(state: Existing, action: string): Extract<Existing, { status: 'active' }> {
  if (state.status === 'active') return state;
  if (state.status === 'introduced') {
    throw new DomainError('NOT_ACTIVE', `You cannot ${action} yet: the relationship starts once both of you confirm after the chemistry meeting.`);
  }
  throw new DomainError('RELATIONSHIP_CLOSED', `You cannot ${action}: ${ENDED[state.status].toLowerCase()}`);
}

function validMinutes(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 1) {
    throw new DomainError('BAD_USER_INPUT', `A session lasts a whole number of minutes, at least 1; got ${minutes}.`, { field: 'minutes' });
  }
  if (minutes > MAX_SESSION_MINUTES) {
    throw new DomainError('SESSION_TOO_LONG', `Sessions last at most ${MAX_SESSION_MINUTES} minutes (the programme's commitment); got ${minutes}.`, {
      field: 'minutes',
      max: MAX_SESSION_MINUTES,
    });
  }
  return minutes;
}

function notInFuture(date: CalendarDate, today: CalendarDate, what: string): void {
  if (date > today) throw new DomainError('DATE_IN_FUTURE', `${what} cannot be in the future (${date} is after today, ${today}).`, { field: 'date' });
}

function recordChemistry(command: Extract<RelationshipCommand, { type: 'RecordChemistryMeeting' }>, state: Existing): RelationshipEvent[] {
  if (state.status !== 'introduced') {
    if (state.status === 'active') throw new DomainError('CONFLICT', 'The chemistry meeting is already behind this relationship.');
    throw new DomainError('RELATIONSHIP_CLOSED', ENDED[state.status]);
  }
  if (state.chemistryHeldOn !== null) throw new DomainError('CONFLICT', `The chemistry meeting was already recorded, on ${state.chemistryHeldOn}.`);
  notInFuture(command.heldOn, command.today, 'The chemistry meeting');
  if (command.heldOn < state.pairing.introducedAt.slice(0, 10)) {
    throw new DomainError('BAD_USER_INPUT', 'The chemistry meeting cannot be before the introduction.', { field: 'heldOn' });
  }
  return [{ type: 'ChemistryMeetingHeld', data: { ...refOf(state), heldOn: command.heldOn, recordedBy: command.actor.personId, recordedAt: command.now.toISOString() } }];
}

function confirm(command: Extract<RelationshipCommand, { type: 'Confirm' }>, state: Existing): RelationshipEvent[] {
  const side = requireParty(command.actor, 'confirm the relationship');
  const { relationshipId } = state.pairing;
  if (state.status === 'declined' || state.status === 'closed') throw new DomainError('RELATIONSHIP_CLOSED', ENDED[state.status]);
  if (state.confirmedBy.includes(side)) throw new DomainError('ALREADY_CONFIRMED', 'You have already confirmed this relationship.');
  if (state.chemistryHeldOn === null) {
    throw new DomainError('CHEMISTRY_NOT_HELD', 'Record the chemistry meeting first: you confirm after meeting each other.');
  }
  const events: RelationshipEvent[] = [{ type: 'RelationshipConfirmed', data: { relationshipId, side, confirmedAt: command.now.toISOString() } }];
  if (state.confirmedBy.length === 1) {
    const reviewDueOn = addMonths(command.today, TERM_MONTHS);
    events.push({ type: 'RelationshipActivated', data: { ...refOf(state), activeFrom: command.today, reviewDueOn } });
  }
  return events;
}

function decline(command: Extract<RelationshipCommand, { type: 'Decline' }>, state: Existing): RelationshipEvent[] {
  const side = requireParty(command.actor, 'decline the introduction');
  if (state.status === 'active') throw new DomainError('RELATIONSHIP_ACTIVE', 'This relationship has started; close it instead of declining.');
  if (state.status !== 'introduced') throw new DomainError('RELATIONSHIP_CLOSED', ENDED[state.status]);
  return [{ type: 'RelationshipDeclined', data: { ...refOf(state), requestId: state.pairing.requestId, side, declinedAt: command.now.toISOString() } }];
}

function logSession(command: Extract<RelationshipCommand, { type: 'LogSession' }>, state: Existing): RelationshipEvent[] {
  requireParty(command.actor, 'log a session');
  const active = requireActive(state, 'log a session');
  const minutes = validMinutes(command.minutes);
  notInFuture(command.heldOn, command.today, 'A session');
  if (active.chemistryHeldOn !== null && command.heldOn < active.chemistryHeldOn) {
    throw new DomainError('BAD_USER_INPUT', `A session cannot be before the chemistry meeting (${active.chemistryHeldOn}).`, { field: 'heldOn' });
  }
  const { sessionId, heldOn, growStage } = command;
  return [{ type: 'SessionLogged', data: { ...refOf(active), kind: active.pairing.kind, sessionId, heldOn, minutes, growStage, loggedBy: command.actor.personId } }];
}

function cancelSession(command: Extract<RelationshipCommand, { type: 'CancelSession' }>, state: Existing): RelationshipEvent[] {
  requireParty(command.actor, 'cancel a session');
  const active = requireActive(state, 'cancel a session');
  if (command.rescheduledTo !== null && command.rescheduledTo < command.today) {
    throw new DomainError('BAD_USER_INPUT', `A session cannot be rescheduled to a day in the past (${command.rescheduledTo}).`, { field: 'rescheduledTo' });
  }
  const { sessionId, plannedOn, reason, rescheduledTo } = command;
  return [
    { type: 'SessionCancelled', data: { ...refOf(active), sessionId, plannedOn, reason, rescheduledTo, cancelledBy: command.actor.personId } },
  ];
}

function extend(command: Extract<RelationshipCommand, { type: 'Extend' }>, state: Existing): RelationshipEvent[] {
  const active = requireActive(state, 'extend the relationship');
  if (active.extendedTo !== null) throw new DomainError('ALREADY_EXTENDED', `This relationship was already extended once, to ${active.extendedTo}.`);
  if (!Number.isInteger(command.months) || command.months < 1 || command.months > MAX_EXTENSION_MONTHS) {
    throw new DomainError('BAD_USER_INPUT', `An extension is 1 to ${MAX_EXTENSION_MONTHS} whole months; got ${command.months}.`, { field: 'months' });
  }
  const windowOpens = addDays(active.reviewDueOn, -EXTENSION_WINDOW_DAYS);
  if (command.today < windowOpens) {
    throw new DomainError('TOO_EARLY_TO_EXTEND', `An extension is decided at the six-month review; it can be approved from ${windowOpens}.`);
  }
  const extendedTo = addMonths(active.reviewDueOn, command.months);
  return [{ type: 'RelationshipExtended', data: { ...refOf(active), extendedTo, approvedBy: command.approvedBy, reason: command.reason } }];
}

function close(command: Extract<RelationshipCommand, { type: 'Close' }>, state: Existing): RelationshipEvent[] {
  const { relationshipId } = state.pairing;
  const { side } = command.actor;
  if (state.status === 'closed') {
    if (side === null || state.feedbackFrom.includes(side)) throw new DomainError('ALREADY_CLOSED', 'This relationship is already closed.');
    // The other side closes too: their feedback is added to the closure already recorded.
    return command.feedback ? [{ type: 'ClosingFeedbackGiven', data: { relationshipId, side, feedback: command.feedback } }] : [];
  }
  if (state.status === 'introduced') {
    throw new DomainError('NOT_ACTIVE', 'This relationship has not started; decline the introduction instead of closing it.');
  }
  const active = requireActive(state, 'close the relationship');
  const events: RelationshipEvent[] = [
    {
      type: 'RelationshipClosed',
      data: { ...refOf(state), closedOn: command.today, reason: command.reason, outcome: command.outcome, closedBy: command.actor.personId, sessionsHeld: active.sessions.length },
    },
  ];
  if (side !== null && command.feedback) events.push({ type: 'ClosingFeedbackGiven', data: { relationshipId, side, feedback: command.feedback } });
  return events;
}

/** Whether a follow-up still has a point: a chemistry follow-up once the meeting is recorded does not. */
function followUpApplies(kind: FollowUpKind, state: Existing): boolean {
  switch (kind) {
    case 'chemistry_follow_up':
      return state.status === 'introduced' && state.chemistryHeldOn === null;
    case 'coach_answer':
      return state.status === 'introduced' && state.chemistryHeldOn === null && !state.confirmedBy.includes('coach');
    case 'session_nudge':
    case 'six_month_check':
      return state.status === 'active';
    default:
      return assertNever(kind);
  }
}

function decideRelationship(command: RelationshipCommand, state: RelationshipState): RelationshipEvent[] {
  if (command.type === 'Introduce') {
    if (state.status !== 'absent') throw new DomainError('CONFLICT', 'This pair has already been introduced.');
    return [{ type: 'RelationshipIntroduced', data: command.pairing }];
  }
  const current = existing(state);
  const { relationshipId } = current.pairing;
  switch (command.type) {
    case 'RecordChemistryMeeting':
      return recordChemistry(command, current);
    case 'Confirm':
      return confirm(command, current);
    case 'Decline':
      return decline(command, current);
    case 'LogSession':
      return logSession(command, current);
    case 'CancelSession':
      return cancelSession(command, current);
    case 'MarkSixMonthCheck':
      return current.status === 'active' && !current.sixMonthCheckDue
        ? [{ type: 'SixMonthCheckDue', data: { ...refOf(current), dueOn: current.reviewDueOn } }]
        : [];
    case 'Extend':
      return extend(command, current);
    case 'Close':
      return close(command, current);
    case 'SendFollowUp':
      return followUpApplies(command.kind, current) ? [{ type: 'FollowUpSent', data: { relationshipId, kind: command.kind, sentAt: command.now.toISOString() } }] : [];
    case 'Escalate':
      return followUpApplies(command.kind, current)
        ? [{ type: 'FollowUpEscalated', data: { relationshipId, kind: command.kind, escalatedAt: command.now.toISOString(), to: command.to } }]
        : [];
    default:
      return assertNever(command);
  }
}

function evolveRelationship(state: RelationshipState, event: RelationshipEvent): RelationshipState {
  if (event.type === 'RelationshipIntroduced') {
    return { status: 'introduced', pairing: event.data, chemistryHeldOn: null, confirmedBy: [], sessions: [], cancellations: 0, followUpsSentAt: {} };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'ChemistryMeetingHeld':
      return { ...state, chemistryHeldOn: event.data.heldOn };
    case 'RelationshipConfirmed':
      return { ...state, confirmedBy: [...state.confirmedBy, event.data.side] };
    case 'RelationshipActivated':
      return { ...state, status: 'active', activeFrom: event.data.activeFrom, reviewDueOn: event.data.reviewDueOn, extendedTo: null, sixMonthCheckDue: false };
    case 'RelationshipDeclined':
      return { ...state, status: 'declined', declinedBy: event.data.side };
    case 'SessionLogged': {
      const { relationshipId: _id, ...session } = event.data;
      return { ...state, sessions: [...state.sessions, session] };
    }
    case 'SessionCancelled':
      return { ...state, cancellations: state.cancellations + 1 };
    case 'SixMonthCheckDue':
      return state.status === 'active' ? { ...state, sixMonthCheckDue: true } : state;
    case 'RelationshipExtended':
      return state.status === 'active' ? { ...state, extendedTo: event.data.extendedTo } : state;
    case 'RelationshipClosed':
      return {
        ...state,
        status: 'closed',
        activeFrom: state.status === 'active' ? state.activeFrom : event.data.closedOn,
        closedOn: event.data.closedOn,
        reason: event.data.reason,
        outcome: event.data.outcome,
        feedbackFrom: [],
      };
    case 'ClosingFeedbackGiven':
      return state.status === 'closed' ? { ...state, feedbackFrom: [...state.feedbackFrom, event.data.side] } : state;
    case 'FollowUpSent':
      return { ...state, followUpsSentAt: { ...state.followUpsSentAt, [event.data.kind]: event.data.sentAt } };
    case 'FollowUpEscalated':
      return state;
    default:
      return assertNever(event);
  }
}

/** A coaching or mentoring relationship from the introduction to its closure. */
export const relationshipDecider: Decider<RelationshipCommand, RelationshipEvent, RelationshipState> = {
  decide: decideRelationship,
  evolve: evolveRelationship,
  initialState: { status: 'absent' },
};

export const relationshipStreamId = (relationshipId: string): string => `relationship-${relationshipId}`;
