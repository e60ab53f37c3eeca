/**
 * A supervisor's pause of a coach: published (as supervision's own public event, for matching to stop proposing
 * the coach and training's eligibility to reflect it). The reason is for the coach, their supervisor and the
 * programme lead; it is not published.
 */
export type PauseEvent =
  | { type: 'CoachPausedBySupervisor'; data: { coachId: string; organisationId: string; pausedBy: string; reason: string; pausedOn: string; pausedAt: string } }
  | { type: 'CoachResumedBySupervisor'; data: { coachId: string; organisationId: string; resumedBy: string; note: string | null; resumedOn: string; resumedAt: string } };
