import { londonDateOf, londonOffsetMinutes, londonWallTimeToUtc } from './london-time';

describe('London time', () => {
  it('is UTC in winter and an hour ahead in summer', () => {
    expect(londonWallTimeToUtc('2025-01-15', '09:30').toISOString()).toBe('2025-01-15T09:30:00.000Z');
    expect(londonWallTimeToUtc('2025-07-15', '09:30').toISOString()).toBe('2025-07-15T08:30:00.000Z');
  });

  it('changes at 01:00 UTC on the last Sundays of March and October', () => {
    expect(londonOffsetMinutes(new Date('2025-03-30T00:59:00Z'))).toBe(0);
    expect(londonOffsetMinutes(new Date('2025-03-30T01:00:00Z'))).toBe(60);
    expect(londonOffsetMinutes(new Date('2025-10-26T00:59:00Z'))).toBe(60);
    expect(londonOffsetMinutes(new Date('2025-10-26T01:00:00Z'))).toBe(0);
  });

  it('reads wall-clock times on the days the clocks change', () => {
    expect(londonWallTimeToUtc('2025-03-30', '10:00').toISOString()).toBe('2025-03-30T09:00:00.000Z');
    expect(londonWallTimeToUtc('2025-10-26', '10:00').toISOString()).toBe('2025-10-26T10:00:00.000Z');
  });

  it('says which day it is in London, which differs from UTC just before midnight in summer', () => {
    expect(londonDateOf(new Date('2025-07-15T23:30:00Z'))).toBe('2025-07-16');
    expect(londonDateOf(new Date('2025-01-15T23:30:00Z'))).toBe('2025-01-15');
  });
});
