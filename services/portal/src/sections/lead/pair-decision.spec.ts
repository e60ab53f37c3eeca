import { pairDecisionProblems, problemFor } from './pair-decision';

describe('checking a pin or exclusion before it is sent', () => {
  it('asks for every missing answer, each on its own field', () => {
    const problems = pairDecisionProblems({ requestId: '', coachId: '', decision: '', reason: '  ' });
    expect(problems.map((problem) => problem.field)).toEqual(['requestId', 'coachId', 'decision', 'Reason']);
    expect(problemFor(problems, 'Reason')).toBe('Enter the reason for your decision');
  });

  it('accepts a complete decision', () => {
    expect(pairDecisionProblems({ requestId: 'r', coachId: 'c', decision: 'exclude', reason: 'They work in the same team' })).toEqual([]);
  });

  it('refuses a reason longer than the API keeps', () => {
    expect(problemFor(pairDecisionProblems({ requestId: 'r', coachId: 'c', decision: 'pin', reason: 'x'.repeat(501) }), 'Reason')).toBe('Reason must be 500 characters or fewer');
  });
});
