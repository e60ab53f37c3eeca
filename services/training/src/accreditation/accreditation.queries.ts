import type { Queryable } from '@tapestry/eventsourcing';
import type { AccreditationLevel } from './ladder';
import { nextLevel } from './ladder';
import type { AccreditationEvidence } from './progress';
import { progressTowards } from './progress';
import type { Accreditation, CpdRecord } from './accreditation.graphql-types';

/** Hours of completed training on the coach's record, lapsed courses included: accreditation counts a whole career. */
export async function trainingHoursOf(db: Queryable, personId: string): Promise<number> {
  const { rows } = await db.query<{ hours: string }>('SELECT coalesce(sum(cpd_hours), 0) AS hours FROM training_records WHERE person_id = $1', [personId]);
  return Number(rows[0]?.hours ?? 0);
}

/** The result a level is judged on: the coach's most recent development centre, by the day it was held. */
export async function latestDevelopmentCentre(db: Queryable, personId: string): Promise<AccreditationEvidence['developmentCentre']> {
  const { rows } = await db.query<{ average_rating: string; assessed_on: string }>(
    `SELECT average_rating, to_char(assessed_on, 'YYYY-MM-DD') AS assessed_on FROM development_assessments
     WHERE person_id = $1 ORDER BY assessed_on DESC, recorded_at DESC LIMIT 1`,
    [personId],
  );
  const row = rows[0];
  return row ? { averageRating: Number(row.average_rating), assessedOn: row.assessed_on } : null;
}

interface AccreditationRow {
  level: AccreditationLevel | null;
  awarded_at: Date | null;
  cpd_hours: string;
  practice_hours: string;
  supervision_hours: string;
}

/** A coach's level, evidence and progress towards the next level (none at the top of the ladder). */
export async function accreditationOf(db: Queryable, personId: string): Promise<Accreditation> {
  const { rows } = await db.query<AccreditationRow>(
    'SELECT level, awarded_at, cpd_hours, practice_hours, supervision_hours FROM accreditations WHERE person_id = $1',
    [personId],
  );
  const row = rows[0];
  const level = row?.level ?? null;
  const evidence: AccreditationEvidence = {
    trainingHours: await trainingHoursOf(db, personId),
    practiceHours: Number(row?.practice_hours ?? 0),
    supervisionHours: Number(row?.supervision_hours ?? 0),
    cpdHours: Number(row?.cpd_hours ?? 0),
    developmentCentre: await latestDevelopmentCentre(db, personId),
  };
  const next = nextLevel(level) ?? null;
  return {
    personId,
    level,
    awardedAt: row?.awarded_at?.toISOString() ?? null,
    ...evidence,
    latestDevelopmentCentreRating: evidence.developmentCentre?.averageRating ?? null,
    nextLevel: next,
    progress: next ? progressTowards(next, evidence) : null,
  };
}

/** The coach's CPD log, newest first. */
export async function cpdRecordsOf(db: Queryable, personId: string): Promise<CpdRecord[]> {
  const { rows } = await db.query<{ cpd_id: string; hours: string; date: string; description: string; recorded_at: Date }>(
    `SELECT cpd_id, hours, to_char(date, 'YYYY-MM-DD') AS date, description, recorded_at FROM cpd_records
     WHERE person_id = $1 ORDER BY date DESC, recorded_at DESC`,
    [personId],
  );
  return rows.map((row) => ({ id: row.cpd_id, personId, hours: Number(row.hours), date: row.date, description: row.description, recordedAt: row.recorded_at.toISOString() }));
}
