/** The API's codes and amounts as short phrases. */

/** An upper-case or snake_case API word ("SELF_CARE", "goals_met") as a phrase ("Self care"). */
export function sentenceCase(value: string): string {
  const words = value.replace(/_/g, ' ').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1 hour 30 minutes", "45 minutes". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours ? `${hours} hour${hours === 1 ? '' : 's'}` : '', rest ? `${rest} minute${rest === 1 ? '' : 's'}` : ''].filter(Boolean);
  return parts.join(' ') || '0 minutes';
}
