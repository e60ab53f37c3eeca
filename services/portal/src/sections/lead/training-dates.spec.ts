import { addMonths, londonToday } from './training-dates';

describe('the dates the training list covers', () => {
  it('takes today as London sees it', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('moves months on without spilling into the next month', () => {
    expect(addMonths('2026-11-24', 6)).toBe('2027-05-24');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});
