import { ShiftPattern as ProtoShiftPattern } from '@tapestry/contracts';

export const SHIFT_PATTERNS = ['days', 'nights', 'rotating', 'part_time', 'flexible', 'unknown'] as const;
export type ShiftPattern = (typeof SHIFT_PATTERNS)[number];

/** Identity's shift patterns as directories store them. */
export const SHIFT_PATTERN_OF: Record<ProtoShiftPattern, ShiftPattern> = {
  [ProtoShiftPattern.UNSPECIFIED]: 'unknown',
  [ProtoShiftPattern.DAYS]: 'days',
  [ProtoShiftPattern.NIGHTS]: 'nights',
  [ProtoShiftPattern.ROTATING]: 'rotating',
  [ProtoShiftPattern.PART_TIME]: 'part_time',
  [ProtoShiftPattern.FLEXIBLE]: 'flexible',
};
