import { eligibilityChanges } from './eligibility-changes';
import { eligibilityOf } from './eligibility';
import { ashaFacts } from './eligibility.fixtures';
import type { Eligibility } from './eligibility.types';

const entry = (eligibility: Eligibility, programme: string, role: string) =>
  eligibility.entries.find((candidate) => candidate.programme === programme && candidate.role === role);

describe('eligibility', () => {
  it('makes a trained, approved, employed, unpaused person eligible for that programme and role only', () => {
    const eligibility = eligibilityOf(ashaFacts());
    expect(entry(eligibility, 'general', 'coach')).toEqual({ programme: 'general', role: 'coach', eligible: true, reasons: [] });
    expect(entry(eligibility, 'general', 'mentor')).toMatchObject({ eligible: false, reasons: ['NO_CURRENT_APPROVAL'] });
    expect(entry(eligibility, 'team_coaching', 'coach')).toMatchObject({ eligible: false, reasons: ['NOT_TRAINED', 'NO_CURRENT_APPROVAL'] });
    expect(eligibility.entries.filter((candidate) => candidate.eligible)).toHaveLength(1);
    expect(eligibility.entries).toHaveLength(18);
  });

  it('lapses training on the day its validity runs out', () => {
    const approvals = [{ kind: 'practise_as_coach' as const, programme: 'general' as const, expiresAt: '2027-01-01T00:00:00.000Z' }];
    const on = (instant: string) => entry(eligibilityOf(ashaFacts({ approvals, asOf: new Date(instant) })), 'general', 'coach');
    expect(on('2026-06-11T12:00:00.000Z')?.eligible).toBe(true);
    expect(on('2026-06-12T12:00:00.000Z')?.reasons).toEqual(['TRAINING_LAPSED']);
  });

  it('counts a refresher completed before the lapse', () => {
    const refresher = { courseId: 'course-2', completedOn: '2026-05-20', qualifies: [{ programme: 'general', role: 'coach' }] as const, validityMonths: 24 };
    const facts = ashaFacts({ asOf: new Date('2026-01-10T09:00:00.000Z') });
    const later = { ...facts, asOf: new Date('2026-07-01T09:00:00.000Z'), completions: [...facts.completions, refresher] };
    const approvals = [{ kind: 'practise_as_coach' as const, programme: 'general' as const, expiresAt: '2027-01-01T00:00:00.000Z' }];
    expect(entry(eligibilityOf({ ...later, approvals }), 'general', 'coach')?.eligible).toBe(true);
  });

  it('ends eligibility when the approval expires', () => {
    const reasons = entry(eligibilityOf(ashaFacts({ asOf: new Date('2026-03-05T14:30:00.001Z') })), 'general', 'coach')?.reasons;
    expect(reasons).toEqual(['NO_CURRENT_APPROVAL']);
  });

  it('needs the coach approval to supervise, and supervision-skills training', () => {
    const supervisionSkills = { courseId: 'course-3', completedOn: '2025-01-15', qualifies: [{ programme: 'general', role: 'supervisor' }] as const, validityMonths: 36 };
    const facts = ashaFacts();
    expect(entry(eligibilityOf({ ...facts, completions: [...facts.completions, supervisionSkills] }), 'general', 'supervisor')?.eligible).toBe(true);
  });

  it('gives every reason that applies, in order', () => {
    const eligibility = eligibilityOf(ashaFacts({ employed: false, paused: true, approvals: [] }));
    expect(entry(eligibility, 'general', 'coach')?.reasons).toEqual(['NOT_EMPLOYED', 'NO_CURRENT_APPROVAL', 'PAUSED']);
  });
});

describe('eligibility changes', () => {
  it('publishes the eligible pairs for a person seen for the first time', () => {
    expect(eligibilityChanges(null, eligibilityOf(ashaFacts()))).toEqual([
      {
        type: 'CoachEligibilityChanged',
        data: { personId: 'asha', organisationId: 'org-1', programme: 'general', role: 'coach', eligible: true, reasons: [] },
      },
    ]);
  });

  it('publishes the loss of eligibility with its reasons when a person leaves', () => {
    const before = eligibilityOf(ashaFacts());
    const after = eligibilityOf(ashaFacts({ employed: false }));
    expect(eligibilityChanges(before, after)).toEqual([
      {
        type: 'CoachEligibilityChanged',
        data: { personId: 'asha', organisationId: 'org-1', programme: 'general', role: 'coach', eligible: false, reasons: ['NOT_EMPLOYED'] },
      },
    ]);
  });

  it('publishes nothing when only the reasons of an ineligible pair change', () => {
    const before = eligibilityOf(ashaFacts({ paused: true }));
    const after = eligibilityOf(ashaFacts({ paused: true, employed: false }));
    expect(eligibilityChanges(before, after)).toEqual([]);
  });
});
