import { ShiftPattern as ProtoShiftPattern } from '@tapestry/contracts';
import type { ShiftPattern } from '../optimiser/round.types';

export const SHIFT_PATTERN_OF: Record<ProtoShiftPattern, ShiftPattern> = {
  [ProtoShiftPattern.UNSPECIFIED]: 'unknown',
  [ProtoShiftPattern.DAYS]: 'days',
  [ProtoShiftPattern.NIGHTS]: 'nights',
  [ProtoShiftPattern.ROTATING]: 'rotating',
  [ProtoShiftPattern.PART_TIME]: 'part_time',
  [ProtoShiftPattern.FLEXIBLE]: 'flexible',
};
