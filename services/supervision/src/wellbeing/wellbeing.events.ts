import type { WellbeingScores } from './wellbeing-scale';

/**
 * The free text travels in its own event, read only by views for the coach and their supervisor; the scores
 * feed flags a programme lead may see as a flag, never as text.
 */
export type WellbeingEvent =
  | { type: 'WellbeingCheckInRecorded'; data: { checkInId: string; coachId: string; recordedOn: string; scores: WellbeingScores; total: number; recordedAt: string } }
  | { type: 'WellbeingNoteWritten'; data: { checkInId: string; coachId: string; text: string; writtenAt: string } };
