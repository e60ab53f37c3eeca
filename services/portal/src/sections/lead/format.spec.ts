import { followUpKindName, formatDate, formatDateTime, formatNames, formatScore, formatWaiting, isProgramme, programmeName } from './format';

describe('formatting for the programme lead', () => {
  it('writes calendar dates as people read them, whatever the zone', () => {
    expect(formatDate('2026-03-03')).toBe('3 March 2026');
    expect(formatDate('2026-12-31')).toBe('31 December 2026');
  });

  it('writes an instant as its London date and time', () => {
    // 23:30 UTC in summer is already the next day in London.
    expect(formatDate('2026-07-01T23:30:00.000Z')).toBe('2 July 2026');
    expect(formatDateTime('2026-07-01T11:30:00.000Z')).toBe('1 July 2026 at 12:30');
    expect(formatDateTime('2026-12-01T12:30:00.000Z')).toBe('1 December 2026 at 12:30');
  });

  it('leaves text that is not a date as it is rather than showing "Invalid Date"', () => {
    expect(formatDate('soon')).toBe('soon');
  });

  it('says how long a request has waited in whole days', () => {
    expect(formatWaiting(0.4)).toBe('Less than a day');
    expect(formatWaiting(1.9)).toBe('1 day');
    expect(formatWaiting(12.2)).toBe('12 days');
  });

  it('names programmes and follow-ups in words', () => {
    expect(programmeName('BAME_CAREER_PROGRESSION')).toBe('BAME career progression');
    expect(isProgramme('RETURNERS')).toBe(true);
    expect(isProgramme('SOMETHING_ELSE')).toBe(false);
    expect(followUpKindName('session_nudge')).toBe('Reminder to hold a session');
    expect(followUpKindName('a_new_kind')).toBe('a new kind');
  });

  it('lists meeting formats and scores readably', () => {
    expect(formatNames(['in_person', 'remote'])).toBe('in person, remote');
    expect(formatNames([])).toBe('No preference');
    expect(formatScore(5.2999)).toBe('5.3');
  });
});
