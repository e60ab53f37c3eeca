import { fromTimestamp } from '@tapestry/contracts';

/** A proto enum value by its name without prefix (PROGRAMME_GENERAL is GENERAL); UNSPECIFIED and unknown values are null. */
export function enumName(enumObject: Record<string | number, string | number>, value: number): string | null {
  const name = enumObject[value];
  return typeof name === 'string' && name !== 'UNSPECIFIED' ? name : null;
}

/** Proto3 optional strings cannot say "cleared": producers send "" for that. */
export const orNull = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);

export const isoOrNull = (timestamp: Parameters<typeof fromTimestamp>[0] | undefined): string | null =>
  timestamp ? fromTimestamp(timestamp).toISOString() : null;
