/** How a person works, which matching uses: a night-shift nurse needs a coach who can meet around nights. */
export const SHIFT_PATTERNS = ['days', 'nights', 'rotating', 'part_time', 'flexible'] as const;
export type ShiftPattern = (typeof SHIFT_PATTERNS)[number];

const SPELLINGS: Record<string, ShiftPattern> = {
  day: 'days',
  days: 'days',
  night: 'nights',
  nights: 'nights',
  rotating: 'rotating',
  rotational: 'rotating',
  rota: 'rotating',
  'part time': 'part_time',
  'part-time': 'part_time',
  part_time: 'part_time',
  flexible: 'flexible',
  flexi: 'flexible',
};

/** Reads a shift pattern as a form or an export writes it ("Part-time", "NIGHTS"); undefined when unknown. */
export function parseShiftPattern(text: string): ShiftPattern | undefined {
  return SPELLINGS[text.trim().toLowerCase().replace(/\s+/g, ' ')];
}
