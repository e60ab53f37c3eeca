import type { Queryable } from '@tapestry/eventsourcing';
import type { CalendarDate } from '@tapestry/domain';
import { applyMatchingFact, emptyCaseload, type Caseload } from './caseload';
import { caseloadView, type CaseloadView } from './caseload-view';
import { flagsFor, type CaseloadFlag, type SupervisionFacts } from './flags';
import type { MatchingFact } from './matching-facts';
import { DEFAULT_SUPERVISION_POLICY } from './supervision-policy';
import { fatigueRisk, type CheckInTotal, type FatigueRisk } from '../wellbeing/fatigue-risk';

export interface CaseloadWithFlags {
  view: CaseloadView;
  /** Paused by their supervisor (the view's own `paused` is the coach's switch in matching). */
  pausedBySupervisor: boolean;
  flags: CaseloadFlag[];
  fatigue: FatigueRisk;
}

/**
 * Caseloads of `coachIds`, folded from the matching facts supervision keeps and its own arrangements and sessions:
 * two queries for any number of coaches, and no call to matching.
 */
/** In the order of `coachIds`. */
export async function caseloadsOf(db: Queryable, coachIds: readonly string[], today: CalendarDate): Promise<CaseloadWithFlags[]> {
  if (coachIds.length === 0) return [];
  const { rows: facts } = await db.query<{ coach_id: string; fact: MatchingFact }>(
    'SELECT coach_id, fact FROM caseload_facts WHERE coach_id = ANY($1::uuid[]) ORDER BY position',
    [[...coachIds]],
  );
  const { rows: supervision } = await db.query<{ coach_id: string; supervised_since: string | null; last_supervision_on: string | null }>(
    `SELECT c.coach_id,
            (SELECT min(since)::text FROM arrangements a WHERE a.coach_id = c.coach_id AND a.ended_on IS NULL) AS supervised_since,
            (SELECT max(s.held_on)::text FROM supervision_attendance t JOIN supervision_sessions s USING (session_id) WHERE t.coach_id = c.coach_id) AS last_supervision_on
     FROM unnest($1::uuid[]) AS c(coach_id)`,
    [[...coachIds]],
  );
  const { rows: checkIns } = await db.query<{ coach_id: string; recorded_on: string; total: number }>(
    'SELECT coach_id, recorded_on::text, total FROM wellbeing_check_ins WHERE coach_id = ANY($1::uuid[]) ORDER BY recorded_on, recorded_at',
    [[...coachIds]],
  );
  const checkInsOf = new Map<string, CheckInTotal[]>();
  for (const row of checkIns) checkInsOf.set(row.coach_id, [...(checkInsOf.get(row.coach_id) ?? []), { recordedOn: row.recorded_on, total: row.total }]);
  const { rows: paused } = await db.query<{ coach_id: string }>('SELECT coach_id FROM supervisor_pauses WHERE coach_id = ANY($1::uuid[])', [[...coachIds]]);
  const pausedBySupervisor = new Set(paused.map((row) => row.coach_id));
  const caseloads = new Map<string, Caseload>(coachIds.map((coachId) => [coachId, emptyCaseload(coachId)]));
  for (const { coach_id: coachId, fact } of facts) {
    const caseload = caseloads.get(coachId);
    if (caseload) caseloads.set(coachId, applyMatchingFact(caseload, fact));
  }
  const supervisionOf = new Map(
    supervision.map((row): [string, SupervisionFacts] => [
      row.coach_id,
      { supervisedSince: row.supervised_since, lastSupervisionOn: row.last_supervision_on, latestCheckIn: checkInsOf.get(row.coach_id)?.at(-1) ?? null },
    ]),
  );
  return coachIds.map((coachId) => {
    const caseload = caseloads.get(coachId) ?? emptyCaseload(coachId);
    const facts = supervisionOf.get(coachId) ?? { supervisedSince: null, lastSupervisionOn: null, latestCheckIn: null };
    const view = caseloadView(caseload, today, DEFAULT_SUPERVISION_POLICY);
    const flags = flagsFor(caseload, facts, today, DEFAULT_SUPERVISION_POLICY);
    const fatigue = fatigueRisk(checkInsOf.get(coachId) ?? [], { capacity: view.capacity, capacityUsed: view.capacityUsed }, flags, DEFAULT_SUPERVISION_POLICY);
    return { view, pausedBySupervisor: pausedBySupervisor.has(coachId), flags, fatigue };
  });
}
