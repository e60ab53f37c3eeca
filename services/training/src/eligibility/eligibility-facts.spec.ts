import { addMonths } from '../common';
import { validityMonthsBetween } from './eligibility-facts';

describe('validity recovered from a training record', () => {
  it.each([
    ['2024-06-12', 24],
    ['2024-01-31', 1],
    ['2023-01-31', 1],
    ['2024-02-29', 12],
    ['2024-08-31', 6],
    ['2025-03-31', 36],
  ])('gives back the months that lapse %s after %i months on the same day', (completedOn, months) => {
    const lapsesOn = addMonths(completedOn, months);
    expect(addMonths(completedOn, validityMonthsBetween(completedOn, lapsesOn))).toBe(lapsesOn);
  });

  it('treats a record without a lapse date as never lapsing', () => {
    expect(validityMonthsBetween('2024-06-12', null)).toBeGreaterThanOrEqual(1200);
  });
});
