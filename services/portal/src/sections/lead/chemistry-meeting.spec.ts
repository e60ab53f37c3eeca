import { chemistryMeetingAt } from './chemistry-meeting';

describe('the suggested chemistry meeting', () => {
  it('leaves the time to the API when both fields are blank', () => {
    expect(chemistryMeetingAt('', ' ')).toEqual({ value: null });
  });

  it('sends a London date and time as an instant', () => {
    expect(chemistryMeetingAt('2026-12-02', '12:30')).toEqual({ value: '2026-12-02T12:30:00.000Z' });
  });

  it('asks for the other half when only one is given, on the field the API names', () => {
    const result = chemistryMeetingAt('2026-12-02', '');
    expect('problem' in result && result.problem.field).toBe('chemistryMeetingAt');
  });

  it('refuses a date that does not exist', () => {
    const result = chemistryMeetingAt('2026-02-30', '12:30');
    expect('problem' in result && result.problem.message).toBe('Chemistry meeting must be a real date and time');
  });
});
