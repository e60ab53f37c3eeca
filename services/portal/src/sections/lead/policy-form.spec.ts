import { POLICY_FIELDS, policyForm, policyInput, policyProblems, type PolicyForm } from './policy-form';
import type { ProgrammePolicy } from './queries';

const inForce: ProgrammePolicy = {
  offered: true,
  capacity: 2,
  releaseRequired: false,
  chemistryFollowUpDays: 21,
  sessionNudgeDays: 42,
  answerWithinDays: 10,
  escalateAfterDays: 7,
  shareAcrossConsortium: true,
  weights: { location: 1, shift: 0.5, experience: 2.25, silo: 0, waiting: 1, load: 1 },
};

const form = (change: Partial<PolicyForm> = {}): PolicyForm => ({ ...policyForm(inForce), ...change });

describe('changing the programme policy', () => {
  it('sends back every field the lead left alone exactly as it was, fractional weights and all', () => {
    expect(policyProblems(form())).toEqual([]);
    expect(policyInput(form())).toEqual(inForce);
  });

  it('changes only what the lead changed', () => {
    expect(policyInput(form({ capacity: '3', releaseRequired: 'yes' }))).toEqual({ ...inForce, capacity: 3, releaseRequired: true });
  });

  it('keeps each count inside matching’s range, naming the field', () => {
    const problems = policyProblems(form({ capacity: '6', sessionNudgeDays: '6', chemistryFollowUpDays: '2.5', answerWithinDays: '' }));
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      ['capacity', 'The most people a coach or mentor holds at once must be a whole number from 1 to 5'],
      ['chemistryFollowUpDays', 'Days before following up a chemistry meeting must be a whole number from 1 to 90'],
      ['sessionNudgeDays', 'Days with no session before a reminder must be a whole number from 7 to 120'],
      ['answerWithinDays', 'Days to answer an introduction must be a whole number from 1 to 60'],
    ]);
  });

  it('keeps weights from 0 to 10, and at least one above 0', () => {
    const weights = (change: Partial<PolicyForm['weights']>) => ({ ...form().weights, ...change });
    expect(policyProblems(form({ weights: weights({ shift: '11', load: 'lots' }) })).map((problem) => problem.message)).toEqual([
      'The weight for shifts must be a number from 0 to 10',
      'The weight for caseload room must be a number from 0 to 10',
    ]);
    const none = { location: '0', shift: '0', experience: '0', silo: '0', waiting: '0', load: '0' };
    expect(policyProblems(form({ weights: none })).map((problem) => problem.field)).toEqual(['weights']);
  });

  it('puts matching’s own errors on the right inputs', () => {
    expect(POLICY_FIELDS['Session nudge days']).toBe('policy-sessionNudgeDays');
    expect(POLICY_FIELDS['weights.silo']).toBe('policy-weight-silo');
    expect(POLICY_FIELDS.weights).toBe('policy-weight-location');
  });
});
