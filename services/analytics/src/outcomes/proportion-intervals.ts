/**
 * 95% confidence intervals for a difference of two proportions.
 *
 * We use Newcombe's hybrid score interval (Newcombe 1998, method 10) rather than Wald: groups here are small
 * (a programme cohort, one trust's comparison strata) and promotion rates sit near 0, where Wald's coverage
 * collapses and a group with no events gets a zero-width interval. The hybrid score interval combines each
 * group's Wilson interval, keeps close to 95% coverage at small n and never leaves [-1, 1]. A weighted
 * proportion enters with its Kish effective sample size in place of n.
 */

export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** Wilson score interval for proportion `p` over `n` observations (`n` may be an effective, non-integer size). */
export function wilsonInterval(p: number, n: number, z = Z_95): Interval {
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}

export interface ProportionSample {
  p: number;
  n: number;
}

/** Interval for p1 − p2, in the proportions' own scale (multiply by 100 for percentage points). */
export function newcombeDifferenceInterval(first: ProportionSample, second: ProportionSample, z = Z_95): Interval {
  const a = wilsonInterval(first.p, first.n, z);
  const b = wilsonInterval(second.p, second.n, z);
  const difference = first.p - second.p;
  return {
    low: difference - Math.sqrt((first.p - a.low) ** 2 + (b.high - second.p) ** 2),
    high: difference + Math.sqrt((a.high - first.p) ** 2 + (second.p - b.low) ** 2),
  };
}
