import { EXPERIENCE } from './coach-preferences';
import { inBatches } from './gateway-client';
import type { SupportKind } from './ledger';
import { REQUEST_SUPPORT, WITHDRAW_REQUEST } from './operations';
import { castOf, tokenOf, type Scenario } from './scenario';
import { ASSUMED } from './scenario-shape';

const GOALS = [
  'I have a band 7 interview coming up and want to prepare for the panel.',
  'I am coming back after a year away and want to rebuild my confidence.',
  'I am thinking about moving into management and what I would give up.',
  'My team is tired after winter; I want to lead them better.',
  'I want to find a way into research alongside practice.',
  'I want to handle difficult conversations with colleagues better.',
];

export interface RequestPlan {
  week: number;
  kind: SupportKind;
  /** Withdrawn the week after if no one has been found by then. */
  withdrawsIfWaiting: boolean;
}

/** When each coachee asks: the launch share in weeks 2 to 5, the rest spread over the year. */
export function requestPlans(s: Scenario): Map<string, RequestPlan> {
  const plans = new Map<string, RequestPlan>();
  for (const member of castOf(s, 'coachee')) {
    const week = s.random.chance(ASSUMED.launchShare) ? s.random.int(2, 5) : s.random.int(7, 52);
    s.state.plannedWeek.set(member.personId, week);
    plans.set(member.personId, {
      week,
      kind: s.random.chance(ASSUMED.mentorShare) ? 'MENTORING' : 'COACHING',
      withdrawsIfWaiting: s.random.chance(0.04),
    });
  }
  return plans;
}

/** Staff ask for a coach or mentor, each as themself, with private goals; some ask for someone outside their directorate. */
export async function makeRequests(s: Scenario, plans: Map<string, RequestPlan>): Promise<void> {
  const week = s.clock.currentWeek;
  const asking = [...plans.entries()]
    .filter(([personId, plan]) => plan.week === week && !s.state.left.has(personId))
    .map(([personId, plan]) => ({
      personId,
      kind: plan.kind,
      input: {
        programme: 'GENERAL',
        kind: plan.kind,
        goals: s.random.pick(GOALS),
        topics: s.random.chance(0.6) ? [s.random.pick(EXPERIENCE)] : [],
        preferences: { outsideDirectorate: s.random.chance(0.3), outsideStaffGroup: s.random.chance(0.15) },
      },
    }));
  await inBatches(asking, async ({ personId, kind, input }) => {
    const { requestSupport } = await s.api.call<{ requestSupport: { id: string } }>(REQUEST_SUPPORT, { input }, tokenOf(s, personId));
    s.state.openRequests.set(requestSupport.id, { personId, kind });
    s.ledger.requests.push({ requestId: requestSupport.id, personId, on: s.clock.today, kind });
  });
}

export async function withdrawRequest(s: Scenario, requestId: string): Promise<void> {
  const request = s.state.openRequests.get(requestId);
  if (!request) return;
  await s.api.call(WITHDRAW_REQUEST, { requestId }, tokenOf(s, request.personId));
  s.state.openRequests.delete(requestId);
  s.ledger.withdrawals.push({ requestId, on: s.clock.today });
}

/** A few give up waiting: their request, still open a week on, is withdrawn. */
export async function withdrawWaiting(s: Scenario, plans: Map<string, RequestPlan>): Promise<void> {
  const week = s.clock.currentWeek;
  const giving = [...s.state.openRequests.entries()]
    .filter(([, request]) => {
      const plan = plans.get(request.personId);
      return plan !== undefined && plan.withdrawsIfWaiting && week > plan.week;
    })
    .map(([requestId]) => requestId);
  await inBatches(giving, (requestId) => withdrawRequest(s, requestId));
}
