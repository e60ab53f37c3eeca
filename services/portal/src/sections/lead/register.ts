import type { Attendance, Enrolment } from './training-queries';

/**
 * Whether the register can be taken on `today` (London, YYYY-MM-DD). Mirrors training's rule in recordAttendance
 * (enrolment.decide.ts, EVENT_NOT_STARTED): attendance is recorded from the day of the training, never before, and a
 * cancelled event (EVENT_CANCELLED) has no register.
 */
export function registerIsOpen(event: { date: string; status: string }, today: string): boolean {
  return event.status === 'SCHEDULED' && today >= event.date;
}

/**
 * What may still be recorded for one learner, mirroring recordAttendance: only a learner holding a place (NOT_ENROLLED),
 * a completion is never undone (ALREADY_COMPLETED), recording the same answer again changes nothing, and only a learner
 * who acknowledged the booklet can complete the course (EXPECTATIONS_NOT_ACKNOWLEDGED).
 */
export function registerChoices(enrolment: Enrolment): Attendance[] {
  if (enrolment.status !== 'ENROLLED' || enrolment.attendance === 'ATTENDED') return [];
  const choices: Attendance[] = enrolment.acknowledgedExpectations ? ['ATTENDED'] : [];
  if (enrolment.attendance !== 'ABSENT') choices.push('ABSENT');
  return choices;
}

/**
 * Whether the event can still be cancelled at `now`. Mirrors training's cancelEvent (training-event.decider.ts): only a
 * scheduled event (requireScheduled) that has not started yet (requireNotStarted, EVENT_IN_PAST).
 */
export function canCancel(event: { status: string; startsAt: string }, now: Date): boolean {
  return event.status === 'SCHEDULED' && now.getTime() < Date.parse(event.startsAt);
}

/** Where a learner stands on the day, in words. */
export function attendanceWords(enrolment: Enrolment): string {
  if (enrolment.completed) return 'Attended, course completed';
  if (enrolment.attendance === 'ATTENDED') return 'Attended';
  if (enrolment.attendance === 'ABSENT') return 'Absent';
  return 'Not recorded';
}

/** The result of one entry in the register, as the success banner says it. */
export function recordedMessage(name: string, courseTitle: string, recorded: Enrolment): string {
  if (recorded.completed) return `${name} attended and has completed ${courseTitle}.`;
  if (recorded.attendance === 'ATTENDED') return `${name} is marked as attended.`;
  return `${name} is marked as absent.`;
}

/** The register's button for one answer, as it reads on screen. */
export const ATTENDANCE_ACTIONS: Record<Attendance, string> = { ATTENDED: 'Attended', ABSENT: 'Absent' };
