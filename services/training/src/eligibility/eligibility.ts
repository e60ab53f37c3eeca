import { APPROVAL_FOR_ROLE } from '../approvals';
import type { PractitionerRole, Programme } from '../catalogue';
import { PRACTITIONER_ROLES, PROGRAMMES } from '../catalogue';
import { addMonths, londonDateOf } from '../common';
import type { CompletedTraining, Eligibility, EligibilityFacts, EligibilityReason, ProgrammeRoleEligibility } from './eligibility.types';

/** The day a completion stops counting: from that day on, the training has lapsed. */
export function lapsesOn(completion: CompletedTraining): string {
  return addMonths(completion.completedOn, completion.validityMonths);
}

function trainingReason(facts: EligibilityFacts, programme: Programme, role: PractitionerRole): EligibilityReason | undefined {
  const today = londonDateOf(facts.asOf);
  const qualifying = facts.completions.filter((completion) =>
    completion.qualifies.some((qualification) => qualification.programme === programme && qualification.role === role),
  );
  if (qualifying.length === 0) return 'NOT_TRAINED';
  return qualifying.some((completion) => completion.completedOn <= today && today < lapsesOn(completion)) ? undefined : 'TRAINING_LAPSED';
}

function hasCurrentApproval(facts: EligibilityFacts, programme: Programme, role: PractitionerRole): boolean {
  const kind = APPROVAL_FOR_ROLE[role];
  const now = facts.asOf.getTime();
  return facts.approvals.some((approval) => approval.kind === kind && approval.programme === programme && now <= Date.parse(approval.expiresAt));
}

function entryFor(facts: EligibilityFacts, programme: Programme, role: PractitionerRole): ProgrammeRoleEligibility {
  const reasons: EligibilityReason[] = [];
  if (!facts.employed) reasons.push('NOT_EMPLOYED');
  const training = trainingReason(facts, programme, role);
  if (training) reasons.push(training);
  if (!hasCurrentApproval(facts, programme, role)) reasons.push('NO_CURRENT_APPROVAL');
  if (facts.paused) reasons.push('PAUSED');
  return { programme, role, eligible: reasons.length === 0, reasons };
}

/**
 * Whether a person may practise in each programme and role: trained for it (a qualifying completion that has not
 * lapsed), with a current approval of the right kind for that programme, not paused, and employed.
 */
export function eligibilityOf(facts: EligibilityFacts): Eligibility {
  const entries = PROGRAMMES.flatMap((programme) => PRACTITIONER_ROLES.map((role) => entryFor(facts, programme, role)));
  return { personId: facts.personId, organisationId: facts.organisationId, entries };
}
