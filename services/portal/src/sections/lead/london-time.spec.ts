import { londonInstant } from './london-time';

describe('London wall-clock time as an instant', () => {
  it('is UTC in winter and an hour ahead in summer', () => {
    expect(londonInstant('2026-12-01', '12:30')?.toISOString()).toBe('2026-12-01T12:30:00.000Z');
    expect(londonInstant('2026-07-01', '12:30')?.toISOString()).toBe('2026-07-01T11:30:00.000Z');
  });

  it('follows the clocks going forward and back', () => {
    expect(londonInstant('2026-03-29', '09:00')?.toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(londonInstant('2026-10-25', '09:00')?.toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('refuses dates and times that do not exist', () => {
    expect(londonInstant('2026-02-30', '12:00')).toBeUndefined();
    expect(londonInstant('2026-12-01', '25:00')).toBeUndefined();
    expect(londonInstant('1 December', '12:00')).toBeUndefined();
    expect(londonInstant('2026-12-01', '')).toBeUndefined();
  });
});
