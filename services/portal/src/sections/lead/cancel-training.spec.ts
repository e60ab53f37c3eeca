import { cancelConsequence, cancelProblems } from './cancel-training';

describe('the reason for cancelling a training event', () => {
  it('is required, spaces alone not counting', () => {
    expect(cancelProblems('   ')).toEqual([{ message: 'Enter why the training event is cancelled', code: 'BAD_USER_INPUT', field: 'reason' }]);
  });

  it('is at most 500 characters once trimmed, as training allows', () => {
    expect(cancelProblems(` ${'x'.repeat(500)} `)).toEqual([]);
    expect(cancelProblems('x'.repeat(501)).map((problem) => problem.message)).toEqual(['Reason must be 500 characters or fewer']);
  });
});

describe('what cancelling costs, said before the lead confirms', () => {
  it('counts places and the waiting list', () => {
    expect(cancelConsequence(0, 0)).toBe('Nobody is enrolled or waiting yet.');
    expect(cancelConsequence(1, 0)).toBe('1 person holding a place will lose their place.');
    expect(cancelConsequence(12, 3)).toBe('12 people holding a place and 3 people on the waiting list will lose their places.');
  });
});
