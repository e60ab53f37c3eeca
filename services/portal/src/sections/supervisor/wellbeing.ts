/**
 * Below this total a check-in raises the LOW_WELLBEING flag: the supervision service's default policy
 * (services/supervision/src/caseloads/supervision-policy.ts, wellbeingThreshold).
 */
export const LOW_WELLBEING_BELOW = 13;

/** A check-in total (5 to 25) against the threshold, so a supervisor reads it without knowing the scale by heart. */
export function wellbeingBand(total: number): string {
  return total < LOW_WELLBEING_BELOW ? `Low: below ${LOW_WELLBEING_BELOW}, so the caseload is flagged` : `At or above ${LOW_WELLBEING_BELOW}`;
}
