import { addDays, addMonths, isCalendarDate, validDate } from './calendar-date';

describe('calendar dates', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-03-15', 12, '2026-03-15'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-06-01', 24, '2027-06-01'],
  ])('%s plus %d months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('adds days across a month and a year end', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
  });

  it('knows a real day from a look-alike', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('1/2/2025')).toBe(false);
  });

  it('refuses something that is not a date, naming the field', () => {
    expect(() => validDate('31/01/2025', 'Session date')).toThrow(/Session date "31\/01\/2025" is not a date/);
  });
});
