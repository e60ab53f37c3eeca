import type { CaseloadWithFlags } from './caseload.queries';
import type { CaseloadGql, CaseloadRelationship } from './caseload.graphql-types';

const blank = { startedOn: null, monthsRunning: null, lastSessionOn: null, nextSessionDueOn: null, reviewDueOn: null, closedOn: null, closureReason: null };

/** A folded caseload as the GraphQL type, with the coach's name from the directory. */
export function caseloadGqlOf(coachName: string, { view, pausedBySupervisor, flags, fatigue }: CaseloadWithFlags): CaseloadGql {
  const active: CaseloadRelationship[] = view.active.map((r) => ({ ...blank, ...r }));
  const waitingIntroductions: CaseloadRelationship[] = view.waitingIntroductions.map((r) => ({
    ...blank,
    reference: r.reference,
    programme: r.programme,
    role: r.role,
    startedOn: r.introducedOn,
    sessionsHeld: 0,
    status: 'waiting',
  }));
  const closedRecently: CaseloadRelationship[] = view.closedRecently.map((r) => ({
    ...blank,
    reference: r.reference,
    programme: r.programme,
    role: r.role,
    startedOn: r.startedOn,
    sessionsHeld: r.sessionsHeld,
    status: 'closed',
    closedOn: r.closedOn,
    closureReason: r.reason,
  }));
  return {
    coachId: view.coachId,
    coachName,
    capacity: view.capacity,
    capacityUsed: view.capacityUsed,
    paused: view.paused || pausedBySupervisor,
    pausedBySupervisor,
    unresponsive: view.unresponsive,
    active,
    waitingIntroductions,
    closedRecently,
    flags: flags.map((flag) => ({ kind: flag.kind, reference: flag.reference, message: flag.message, facts: JSON.stringify(flag.facts) })),
    fatigue,
  };
}
