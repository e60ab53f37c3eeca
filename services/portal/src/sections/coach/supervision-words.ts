/** Supervision session words a coach reads about their own sessions. */

const FORMATS: Record<string, string> = { ONE_TO_ONE: 'One to one', GROUP: 'Group' };

export const formatName = (format: string): string => FORMATS[format.toUpperCase()] ?? phrase(format);

/** A code from the service's fixed lists ("SELF_CARE") as a phrase ("Self care"). */
export function phrase(code: string): string {
  const words = code.replace(/_/g, ' ').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "45 minutes", "1 hour 30 minutes". */
export function lengthWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '', rest ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : ''].filter(Boolean);
  return parts.join(' ') || '0 minutes';
}
