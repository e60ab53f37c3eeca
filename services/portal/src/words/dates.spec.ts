import { addMonths, formatDate, formatDateTime, londonToday } from './dates';

describe('dates as people read them', () => {
  it('writes calendar dates as people read them, whatever the zone', () => {
    expect(formatDate('2026-03-03')).toBe('3 March 2026');
    expect(formatDate('2026-12-31')).toBe('31 December 2026');
  });

  it('puts an instant on London’s calendar, not UTC’s', () => {
    // 23:30 UTC in summer is already the next day in London.
    expect(formatDate('2026-07-01T23:30:00.000Z')).toBe('2 July 2026');
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('31 December 2026');
  });

  it('writes an instant’s London date and time', () => {
    expect(formatDateTime('2026-07-01T11:30:00.000Z')).toBe('1 July 2026 at 12:30');
    expect(formatDateTime('2026-12-01T12:30:00.000Z')).toBe('1 December 2026 at 12:30');
  });

  it('says what the page asks for a missing date, and leaves text that is not a date as it is', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined, 'None')).toBe('None');
    expect(formatDate('soon')).toBe('soon');
    expect(formatDateTime('soon')).toBe('soon');
  });
});

describe('today in London', () => {
  it('is the London day of an instant', () => {
    expect(londonToday(new Date('2026-01-15T10:00:00Z'))).toBe('2026-01-15');
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('is nothing for an instant that is not one', () => {
    expect(londonToday(new Date('not a date'))).toBe('');
  });
});

describe('some months on', () => {
  it('moves whole months without spilling into the next month', () => {
    expect(addMonths('2026-11-24', 2)).toBe('2027-01-24');
    expect(addMonths('2026-11-24', 6)).toBe('2027-05-24');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});
