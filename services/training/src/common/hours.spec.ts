import { validHours } from './hours';

describe('hours', () => {
  it.each([0.25, 1.5, 40])('accepts %p', (hours) => {
    expect(validHours(hours, 'CPD hours', 40)).toBe(hours);
  });

  it.each([
    [0, /more than zero/],
    [-1, /more than zero/],
    [Number.POSITIVE_INFINITY, /more than zero/],
    [40.25, /more than the 40/],
    [0.1, /quarter hours/],
  ])('refuses %p', (hours, message) => {
    expect(() => validHours(hours, 'CPD hours', 40)).toThrow(message);
  });
});
