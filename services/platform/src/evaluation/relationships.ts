import { addDays, type CalendarDate } from '@tapestry/domain';
import { inBatches } from './gateway-client';
import type { CancellationReason, ClosureReason } from './ledger';
import { CANCEL_SESSION, CLOSE, CONFIRM, DECLINE, EXTEND, LOG_SESSION, RECORD_CHEMISTRY } from './operations';
import {
  drawCancellation,
  drawEarlyClosure,
  drawMinutes,
  drawTermClosure,
  EXTENSION_MONTHS,
  extensionWeek,
  sessionWeeks,
  termEndWeek,
} from './relationship-plan';
import { tokenOf, type Pair, type Scenario } from './scenario';
import { ASSUMED } from './scenario-shape';

/** What happens to one pair this week, drawn before any call so the same seed plays the same year. */
type PairAction =
  | { kind: 'meet'; chemistryOn: CalendarDate }
  | { kind: 'session'; heldOn: CalendarDate; minutes: number }
  | { kind: 'cancel'; plannedOn: CalendarDate; reason: CancellationReason; rescheduled: boolean }
  | { kind: 'extend' }
  | { kind: 'close'; reason: ClosureReason };

const later = (a: CalendarDate, b: CalendarDate): CalendarDate => (a > b ? a : b);
const earlier = (a: CalendarDate, b: CalendarDate): CalendarDate => (a < b ? a : b);

function actionsFor(s: Scenario, pair: Pair): PairAction[] {
  const week = s.clock.currentWeek;
  const today = s.clock.today;
  if (pair.status === 'introduced') {
    if (pair.introducedWeek >= week) return [];
    return [{ kind: 'meet', chemistryOn: earlier(addDays(pair.introducedOn, s.random.int(2, 5)), today) }];
  }
  if (pair.status !== 'active' || pair.activatedWeek === null || pair.activatedOn === null) return [];
  const actions: PairAction[] = [];
  if (pair.rescheduledTo?.week === week) actions.push({ kind: 'session', heldOn: pair.rescheduledTo.on, minutes: drawMinutes(s.random) });
  if (pair.sessionWeeks[0] === week) {
    const due = sessionWeeks(pair.activatedWeek).filter((at) => at <= week).length;
    if (pair.earlyCloseAt !== null && due === pair.earlyCloseAt) return [...actions, { kind: 'close', reason: drawEarlyClosure(s.random) }];
    if (s.random.chance(ASSUMED.cancellationRate)) {
      actions.push({ kind: 'cancel', plannedOn: later(addDays(today, -1), pair.activatedOn), reason: drawCancellation(s.random), rescheduled: s.random.chance(ASSUMED.rescheduledShare) });
    } else {
      actions.push({ kind: 'session', heldOn: later(addDays(today, -s.random.int(0, 3)), pair.activatedOn), minutes: drawMinutes(s.random) });
    }
  }
  if (pair.extended && week === extensionWeek(pair.activatedWeek)) actions.push({ kind: 'extend' });
  const closeWeek = termEndWeek(pair.activatedWeek) + (pair.extended ? 9 : 0);
  if (week === closeWeek) actions.push({ kind: 'close', reason: pair.extended ? 'GOALS_MET' : drawTermClosure(s.random) });
  return actions;
}

/** The chemistry meeting, then both confirm (the relationship starts) or the coachee declines (the request goes back). */
async function meet(s: Scenario, pair: Pair, chemistryOn: CalendarDate): Promise<void> {
  const coach = tokenOf(s, pair.coachId);
  await s.api.call(RECORD_CHEMISTRY, { id: pair.relationshipId, on: chemistryOn }, coach);
  s.ledger.chemistry.push({ relationshipId: pair.relationshipId, on: chemistryOn });
  if (pair.declines) {
    await s.api.call(DECLINE, { id: pair.relationshipId }, tokenOf(s, pair.coacheeId));
    pair.status = 'declined';
    s.ledger.declines.push({ relationshipId: pair.relationshipId, on: s.clock.today });
    const request = s.ledger.requests.find((candidate) => candidate.requestId === pair.requestId);
    if (request) s.state.openRequests.set(pair.requestId, { personId: pair.coacheeId, kind: request.kind });
    return;
  }
  await s.api.call(CONFIRM, { id: pair.relationshipId }, coach);
  const { confirmRelationship } = await s.api.call<{ confirmRelationship: { status: string; activeFrom: string | null } }>(
    CONFIRM,
    { id: pair.relationshipId },
    tokenOf(s, pair.coacheeId),
  );
  const today = s.clock.today;
  if (confirmRelationship.activeFrom !== today) s.log(`  warning: matching started a relationship on ${confirmRelationship.activeFrom}, the scenario's day is ${today}`);
  pair.status = 'active';
  pair.activatedWeek = s.clock.currentWeek;
  pair.activatedOn = today;
  pair.sessionWeeks = sessionWeeks(pair.activatedWeek);
  s.ledger.activations.push({ relationshipId: pair.relationshipId, on: today });
}

export async function closePair(s: Scenario, pair: Pair, reason: ClosureReason): Promise<void> {
  const outcome = reason === 'GOALS_MET' ? 'ACHIEVED' : reason === 'TERM_ENDED' ? 'PARTLY_ACHIEVED' : 'NOT_ACHIEVED';
  const input = { reason, outcome, feedback: 'Thank you for the time.' };
  await s.api.call(CLOSE, { id: pair.relationshipId, input }, tokenOf(s, pair.coachId));
  pair.status = 'closed';
  pair.sessionWeeks = [];
  pair.rescheduledTo = null;
  s.ledger.closures.push({ relationshipId: pair.relationshipId, on: s.clock.today, reason });
}

async function act(s: Scenario, pair: Pair, action: PairAction): Promise<void> {
  const coach = tokenOf(s, pair.coachId);
  const week = s.clock.currentWeek;
  switch (action.kind) {
    case 'meet':
      return meet(s, pair, action.chemistryOn);
    case 'session':
      await s.api.call(LOG_SESSION, { id: pair.relationshipId, input: { heldOn: action.heldOn, minutes: action.minutes, growStage: 'GOAL' } }, coach);
      pair.sessionsHeld += 1;
      if (pair.rescheduledTo?.on === action.heldOn) pair.rescheduledTo = null;
      s.ledger.sessions.push({ relationshipId: pair.relationshipId, on: action.heldOn, minutes: action.minutes });
      return;
    case 'cancel': {
      const rescheduledTo = action.rescheduled ? s.clock.dateOf(week + 1) : null;
      await s.api.call(CANCEL_SESSION, { id: pair.relationshipId, input: { plannedOn: action.plannedOn, reason: action.reason, rescheduledTo } }, coach);
      if (rescheduledTo) pair.rescheduledTo = { week: week + 1, on: rescheduledTo };
      s.ledger.cancellations.push({ relationshipId: pair.relationshipId, plannedOn: action.plannedOn, reason: action.reason, rescheduledTo });
      return;
    }
    case 'extend':
      await s.api.call(EXTEND, { id: pair.relationshipId, months: EXTENSION_MONTHS, reason: 'Close to a promotion interview; two more sessions agreed at the review.' }, s.lead.token);
      pair.sessionWeeks.push(week + 5, week + 10);
      s.ledger.extensions.push({ relationshipId: pair.relationshipId, on: s.clock.today, months: EXTENSION_MONTHS });
      return;
    case 'close':
      return closePair(s, pair, action.reason);
  }
}

/**
 * The week of every pair the scenario follows: chemistry meetings for last week's introductions, the monthly
 * session (or its cancellation), the six-month review and closure.
 */
export async function progressRelationships(s: Scenario): Promise<void> {
  const week = s.clock.currentWeek;
  const planned = [...s.state.pairs.values()].map((pair) => ({ pair, actions: actionsFor(s, pair) })).filter(({ actions }) => actions.length > 0);
  for (const { pair } of planned) if (pair.sessionWeeks[0] === week) pair.sessionWeeks.shift();
  await inBatches(planned, async ({ pair, actions }) => {
    for (const action of actions) {
      if (pair.status === 'closed' || pair.status === 'declined') return;
      await act(s, pair, action);
    }
  });
}
