import type { CoachEligibilityChanged, Eligibility, ProgrammeRoleEligibility } from './eligibility.types';

const keyOf = (entry: Pick<ProgrammeRoleEligibility, 'programme' | 'role'>): string => `${entry.programme}/${entry.role}`;

/**
 * The events to publish when eligibility goes from `before` to `after`: one per programme and role whose
 * eligibility flipped, carrying the reasons when it was lost. With no `before` (a person seen for the first time),
 * nobody was eligible. Reasons changing while a person stays ineligible publish nothing: matching's pool
 * depends only on who is eligible.
 */
export function eligibilityChanges(before: Eligibility | null, after: Eligibility): CoachEligibilityChanged[] {
  const wasEligible = new Set((before?.entries ?? []).filter((entry) => entry.eligible).map(keyOf));
  return after.entries
    .filter((entry) => entry.eligible !== wasEligible.has(keyOf(entry)))
    .map((entry) => ({
      type: 'CoachEligibilityChanged',
      data: {
        personId: after.personId,
        organisationId: after.organisationId,
        programme: entry.programme,
        role: entry.role,
        eligible: entry.eligible,
        reasons: [...entry.reasons],
      },
    }));
}
