import type { Problem } from '../../api/api-error';
import { londonInstant } from './london-time';

/**
 * The suggested chemistry meeting as the API takes it: null (the API suggests a weekday lunchtime
 * a week on) when both fields are blank, an instant when both make a real London time, else a problem.
 */
export function chemistryMeetingAt(date: string, time: string): { value: string | null } | { problem: Problem } {
  if (!date.trim() && !time.trim()) return { value: null };
  if (!date.trim() || !time.trim()) {
    return { problem: { message: 'Enter both the date and the time of the chemistry meeting, or leave both blank', code: 'BAD_USER_INPUT', field: 'chemistryMeetingAt' } };
  }
  const instant = londonInstant(date.trim(), time.trim());
  if (!instant) return { problem: { message: 'Chemistry meeting must be a real date and time', code: 'BAD_USER_INPUT', field: 'chemistryMeetingAt' } };
  return { value: instant.toISOString() };
}
