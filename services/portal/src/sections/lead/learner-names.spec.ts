import { learnerName, learnerNameCalls, namesFrom, NAMES_PER_CALL } from './learner-names';

describe('naming the learners on a training event', () => {
  it('asks once for each learner, with each id as a variable', () => {
    const [call, ...more] = learnerNameCalls(['a', 'b', 'a']);
    expect(more).toEqual([]);
    expect(call.query).toBe('query LearnerNames($p0: ID!, $p1: ID!) { p0: person(id: $p0) { id givenName familyName } p1: person(id: $p1) { id givenName familyName } }');
    expect(call.variables).toEqual({ p0: 'a', p1: 'b' });
  });

  it('splits a full day and its waiting list into calls under the gateway’s alias limit of 30', () => {
    const ids = Array.from({ length: 60 }, (_, index) => `learner-${index}`);
    const calls = learnerNameCalls(ids);
    expect(calls.map((call) => Object.keys(call.variables).length)).toEqual([NAMES_PER_CALL, NAMES_PER_CALL, 10]);
    expect(calls.flatMap((call) => Object.values(call.variables))).toEqual(ids);
    expect(NAMES_PER_CALL).toBeLessThanOrEqual(30);
  });

  it('makes no call when nobody is enrolled', () => {
    expect(learnerNameCalls([])).toEqual([]);
  });

  it('reads names from the answer and still tells apart a learner it could not name', () => {
    const names = namesFrom({ p0: { id: 'a1b2c3d4-0000', givenName: 'Asha', familyName: 'Patel' }, p1: null });
    expect(learnerName(names, 'a1b2c3d4-0000')).toBe('Asha Patel');
    expect(learnerName(names, 'f00dcafe-1111')).toBe('Learner f00dcafe');
  });
});
