import type { EligibilityFacts } from './eligibility.types';

/** Asha on 1 June 2025: foundation-trained in general C&M (as coach and mentor) last year, approved to coach. */
export function ashaFacts(overrides: Partial<EligibilityFacts> = {}): EligibilityFacts {
  return {
    personId: 'asha',
    organisationId: 'org-1',
    asOf: new Date('2025-06-01T09:00:00.000Z'),
    employed: true,
    paused: false,
    completions: [
      {
        courseId: 'course-1',
        completedOn: '2024-06-12',
        qualifies: [
          { programme: 'general', role: 'coach' },
          { programme: 'general', role: 'mentor' },
        ],
        validityMonths: 24,
      },
    ],
    approvals: [{ kind: 'practise_as_coach', programme: 'general', expiresAt: '2026-03-05T14:30:00.000Z' }],
    ...overrides,
  };
}
