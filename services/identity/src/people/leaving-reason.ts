/**
 * Why someone left, grouped the way retention is reported: voluntary resignation and retirement are what a
 * coaching programme hopes to move; the rest are context.
 */
export const LEAVING_REASONS = [
  'resignation',
  'retirement',
  'end_of_fixed_term',
  'redundancy',
  'dismissal',
  'death_in_service',
  'transfer',
  'other',
] as const;
export type LeavingReason = (typeof LEAVING_REASONS)[number];

export function isLeavingReason(value: string): value is LeavingReason {
  return (LEAVING_REASONS as readonly string[]).includes(value);
}
