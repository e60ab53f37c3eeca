import { followUpKindName, formatNames, formatScore, formatWaiting } from './format';

describe('formatting for the programme lead', () => {
  it('says how long a request has waited in whole days', () => {
    expect(formatWaiting(0.4)).toBe('Less than a day');
    expect(formatWaiting(1.9)).toBe('1 day');
    expect(formatWaiting(12.2)).toBe('12 days');
  });

  it('names follow-ups in words', () => {
    expect(followUpKindName('session_nudge')).toBe('Reminder to hold a session');
    expect(followUpKindName('a_new_kind')).toBe('a new kind');
  });

  it('lists meeting formats and scores readably', () => {
    expect(formatNames(['in_person', 'remote'])).toBe('in person, remote');
    expect(formatNames([])).toBe('No preference');
    expect(formatScore(5.2999)).toBe('5.3');
  });
});
