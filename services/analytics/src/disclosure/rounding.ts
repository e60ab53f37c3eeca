/** Counts from 1 to this are never shown; nor are rates or statistics over fewer observations than the next one. */
export const SMALL_LIMIT = 7;

/**
 * Nearest multiple of 5. Counts are integers, so there is no tie: remainders 0-2 go down, 3-4 go up, and the
 * shown value is never more than 2 from the true one. Only called for counts above SMALL_LIMIT, so the result
 * is at least 10.
 */
export function roundToFive(count: number): number {
  return 5 * Math.floor((count + 2) / 5);
}

/** Whole percent, halves up, in integer arithmetic so 1/8 gives 13 on every platform. */
export function wholePercent(numerator: number, base: number): number {
  return Math.floor((200 * numerator + base) / (2 * base));
}

/** One decimal place, halves towards +infinity on the stored binary value; never -0. */
export function oneDecimal(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

export function isSmall(count: number): boolean {
  return count >= 1 && count <= SMALL_LIMIT;
}

/** A base or other count as published: 0 stays 0, small counts are withheld (null), the rest rounded to 5. */
export function publishedCount(count: number): number | null {
  if (count === 0) return 0;
  return isSmall(count) ? null : roundToFive(count);
}
