import type { Caseload } from './api';

/** One coach's line in the caseloads table: the counts that change as their relationships move. */
export interface CaseloadSummary {
  /** "Available", "Paused by you", "Paused by themself" or "Not responding". */
  availability: string;
  placesUsed: string;
  activeRelationships: number;
  waitingIntroductions: number;
  /** Held across the coach's current relationships. */
  sessionsHeld: number;
  /** The latest session across the coach's current relationships, YYYY-MM-DD. */
  lastSessionOn: string | null;
  flags: number;
}

export function availabilityOf(caseload: Pick<Caseload, 'paused' | 'pausedBySupervisor' | 'unresponsive'>): string {
  if (caseload.pausedBySupervisor) return 'Paused by supervisor';
  if (caseload.paused) return 'Paused by themself';
  if (caseload.unresponsive) return 'Not responding';
  return 'Available';
}

export function summarise(caseload: Caseload): CaseloadSummary {
  const lastSessions = caseload.active.map((relationship) => relationship.lastSessionOn).filter((day): day is string => day !== null);
  return {
    availability: availabilityOf(caseload),
    placesUsed: `${caseload.capacityUsed} of ${caseload.capacity}`,
    activeRelationships: caseload.active.length,
    waitingIntroductions: caseload.waitingIntroductions.length,
    sessionsHeld: caseload.active.reduce((sum, relationship) => sum + relationship.sessionsHeld, 0),
    lastSessionOn: lastSessions.sort().at(-1) ?? null,
    flags: caseload.flags.length,
  };
}

/** Coaches with flags first (most first), then by name: where a supervisor's attention is needed comes top. */
export function byAttention(a: Caseload, b: Caseload): number {
  return b.flags.length - a.flags.length || a.coachName.localeCompare(b.coachName, 'en-GB');
}
