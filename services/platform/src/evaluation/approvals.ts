import { inBatches, RefusedError } from './gateway-client';
import { DECIDE_APPROVAL, REQUEST_APPROVAL } from './operations';
import { ASSUMED } from './scenario-shape';
import { castOf, managerOf, tokenOf, type Scenario } from './scenario';

/** An approval lasts twelve months; a coach still practising asks again once it has lapsed (it cannot be renewed before). */
const RENEW_AFTER_WEEKS = 53;

/**
 * Line managers answer last week's requests: the coaches' to practise (approved, so they join the pool) and the
 * interest registrations (mostly approved, a few declined, some left unanswered).
 */
export async function decideApprovals(s: Scenario): Promise<void> {
  const due = s.state.awaitingManager.filter((asked) => !s.state.left.has(asked.personId));
  s.state.awaitingManager = [];
  const on = s.clock.today;
  const week = s.clock.currentWeek;
  await inBatches(due, async ({ approvalId, personId, approve, purpose }) => {
    if (approve === null) return;
    const manager = managerOf(s, personId);
    const reason = approve ? 'Happy to release an hour and a half a month.' : 'Not this year: the ward is short-staffed; ask again in the spring.';
    await s.api.call(DECIDE_APPROVAL, { approvalId, approve, reason }, tokenOf(s, manager.personId));
    if (purpose === 'coach') {
      s.state.approvedCoaches.set(personId, { decidedWeek: week });
      s.state.awaitingPreferences.add(personId);
      const asked = s.ledger.coachApprovals.findLast((entry) => entry.personId === personId && entry.decidedOn === null);
      if (asked) asked.decidedOn = on;
    } else {
      const registered = s.ledger.interest.findLast((entry) => entry.personId === personId && entry.decidedOn === null);
      if (registered) Object.assign(registered, { decision: approve ? 'approved' : 'declined', decidedOn: on });
    }
  });
}

/** Coaches whose approval has lapsed ask their manager again; until training's sweep has lapsed it, they are told it stands. */
export async function renewApprovals(s: Scenario): Promise<void> {
  const week = s.clock.currentWeek;
  const due = [...s.state.approvedCoaches.entries()]
    .filter(([personId, { decidedWeek }]) => week - decidedWeek >= RENEW_AFTER_WEEKS && !s.state.left.has(personId))
    .map(([personId]) => personId);
  await inBatches(due, async (personId) => {
    const kind = s.byId.get(personId)?.role === 'mentor' ? 'PRACTISE_AS_MENTOR' : 'PRACTISE_AS_COACH';
    try {
      const { requestManagerApproval } = await s.api.call<{ requestManagerApproval: { id: string } }>(REQUEST_APPROVAL, { kind }, tokenOf(s, personId));
      s.state.approvedCoaches.delete(personId);
      s.state.awaitingManager.push({ approvalId: requestManagerApproval.id, personId, approve: true, purpose: 'coach' });
      s.ledger.coachApprovals.push({ personId, requestedOn: s.clock.today, decidedOn: null, renewal: true });
    } catch (error) {
      if (!(error instanceof RefusedError && error.codes.includes('APPROVAL_EXISTS'))) throw error;
    }
  });
}

/** The week each of the staff registering interest does so: two fifths in the launch weeks, the rest over the year. */
export function interestWeeks(s: Scenario): Map<string, number> {
  const weeks = new Map<string, number>();
  for (const member of castOf(s, 'interest')) {
    const week = s.random.chance(0.4) ? s.random.int(1, 8) : s.random.int(9, 52);
    weeks.set(member.personId, week);
    s.state.plannedWeek.set(member.personId, week);
  }
  return weeks;
}

/** Staff put their names forward to practise (a request to their line manager); none of them is trained this year. */
export async function registerInterest(s: Scenario, weeks: Map<string, number>): Promise<void> {
  const week = s.clock.currentWeek;
  const now = [...weeks.entries()].filter(([personId, at]) => at === week && !s.state.left.has(personId)).map(([personId]) => personId);
  const plans = now.map((personId) => ({
    personId,
    kind: s.random.chance(0.5) ? 'PRACTISE_AS_COACH' : 'PRACTISE_AS_MENTOR',
    approve: s.random.weighted<boolean | null>([
      [true, ASSUMED.interestDecision.approve],
      [false, ASSUMED.interestDecision.decline],
      [null, 1 - ASSUMED.interestDecision.approve - ASSUMED.interestDecision.decline],
    ]),
  }));
  await inBatches(plans, async ({ personId, kind, approve }) => {
    const { requestManagerApproval } = await s.api.call<{ requestManagerApproval: { id: string } }>(REQUEST_APPROVAL, { kind }, tokenOf(s, personId));
    s.state.awaitingManager.push({ approvalId: requestManagerApproval.id, personId, approve, purpose: 'interest' });
    s.ledger.interest.push({ personId, on: s.clock.today, decision: 'pending', decidedOn: null });
  });
}
