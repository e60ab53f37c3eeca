import { daysBetween, londonDateTimeWords, londonDateWords } from './london-words';

describe('London dates and times in words', () => {
  it('shows summer time an hour ahead of UTC, and names it', () => {
    expect(londonDateTimeWords('2025-06-17T13:30:00.000Z')).toBe('Tuesday 17 June 2025 at 14:30 (BST)');
  });

  it('shows winter time as UTC', () => {
    expect(londonDateTimeWords('2025-12-02T09:05:00.000Z')).toBe('Tuesday 2 December 2025 at 09:05 (GMT)');
  });

  it('turns the clock at 01:00 UTC on the last Sundays of March and October', () => {
    expect(londonDateTimeWords('2025-03-30T00:59:00.000Z')).toBe('Sunday 30 March 2025 at 00:59 (GMT)');
    expect(londonDateTimeWords('2025-03-30T01:00:00.000Z')).toBe('Sunday 30 March 2025 at 02:00 (BST)');
    expect(londonDateTimeWords('2025-10-26T00:59:00.000Z')).toBe('Sunday 26 October 2025 at 01:59 (BST)');
    expect(londonDateTimeWords('2025-10-26T01:00:00.000Z')).toBe('Sunday 26 October 2025 at 01:00 (GMT)');
  });

  it('gives the London day, which can be the next day in UTC terms', () => {
    expect(londonDateWords('2025-07-31T23:30:00.000Z')).toBe('Friday 1 August 2025');
  });

  it('counts whole days between two instants', () => {
    expect(daysBetween('2025-06-01T09:00:00.000Z', '2025-06-15T08:59:00.000Z')).toBe(13);
    expect(daysBetween('2025-06-01T09:00:00.000Z', '2025-06-15T09:00:00.000Z')).toBe(14);
  });

  it('refuses something that is not a date-time', () => {
    expect(() => londonDateWords('soon')).toThrow(/"soon" is not a date-time/);
  });
});
