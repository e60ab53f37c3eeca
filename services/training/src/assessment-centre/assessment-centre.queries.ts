import type { Principal } from '@tapestry/auth';
import type { Queryable } from '@tapestry/eventsourcing';
import type { OrganisationReach } from '../access/training-access';
import { isProgrammeLeadFor } from '../profile/coach-access';
import type { CandidateOutcome } from './assessment-centre.events';
import type { AssessmentCentre } from './assessment-centre.graphql-types';

export interface CentreFacts {
  centreId: string;
  organisationId: string;
  date: string;
  assessors: string[];
}

export async function findCentre(db: Queryable, centreId: string): Promise<CentreFacts | null> {
  const { rows } = await db.query<CentreFacts>(
    `SELECT centre_id AS "centreId", organisation_id AS "organisationId", to_char(date, 'YYYY-MM-DD') AS date, assessors
     FROM assessment_centres WHERE centre_id = $1`,
    [centreId],
  );
  return rows[0] ?? null;
}

interface CandidateRow {
  person_id: string;
  display_name: string | null;
  outcome: CandidateOutcome | null;
  feedback: string | null;
  recorded_at: Date | null;
}

/** The centre with its candidates; each outcome's feedback only for that candidate, the centre's assessors and programme leads. */
export async function assessmentCentreView(
  db: Queryable,
  centre: CentreFacts,
  reach: OrganisationReach,
  principal: Principal,
): Promise<AssessmentCentre> {
  const { rows } = await db.query<CandidateRow>(
    `SELECT c.person_id, p.display_name, c.outcome, c.feedback, c.recorded_at
     FROM assessment_centre_candidates c LEFT JOIN people p ON p.person_id = c.person_id
     WHERE c.centre_id = $1 ORDER BY p.display_name, c.person_id`,
    [centre.centreId],
  );
  const panel = centre.assessors.includes(principal.personId) || isProgrammeLeadFor(principal, reach);
  return {
    id: centre.centreId,
    organisationId: centre.organisationId,
    date: centre.date,
    assessorIds: centre.assessors,
    candidates: rows.map((row) => ({
      personId: row.person_id,
      displayName: row.display_name ?? 'Unknown person',
      outcome: row.outcome,
      feedback: panel || row.person_id === principal.personId ? row.feedback : null,
      recordedAt: row.recorded_at?.toISOString() ?? null,
    })),
  };
}

export async function centresOf(db: Queryable, organisationId: string): Promise<CentreFacts[]> {
  const { rows } = await db.query<CentreFacts>(
    `SELECT centre_id AS "centreId", organisation_id AS "organisationId", to_char(date, 'YYYY-MM-DD') AS date, assessors
     FROM assessment_centres WHERE organisation_id = $1 ORDER BY date DESC`,
    [organisationId],
  );
  return rows;
}
