import type { Principal } from '@tapestry/auth';
import type { Queryable } from '@tapestry/eventsourcing';
import type { CalendarDate } from '../common';
import { canReadFeedback, type CoachReach } from '../profile/coach-access';
import { COMPETENCY_LABELS } from './competencies';
import type { CompetencyRating } from './development.events';
import type { ActionLearningMembership, DevelopmentAssessment, DevelopmentPlanItem, DevelopmentRecord } from './development.graphql-types';

interface AssessmentRow {
  assessment_id: string;
  assessed_on: string;
  recording_ref: string;
  assessors: string[];
  ratings: CompetencyRating[];
  average_rating: string;
  repeat_due_on: string;
  recorded_at: Date;
}

/** Ratings for anyone who may read the coach's record; feedback and the recording only for those `canReadFeedback` lets in. */
function assessmentOf(row: AssessmentRow, coach: CoachReach, principal: Principal): DevelopmentAssessment {
  const confidential = canReadFeedback(principal, coach, row.assessors);
  return {
    id: row.assessment_id,
    personId: coach.personId,
    assessedOn: row.assessed_on,
    assessorIds: row.assessors,
    averageRating: Number(row.average_rating),
    repeatDueOn: row.repeat_due_on,
    recordedAt: row.recorded_at.toISOString(),
    recordingRef: confidential ? row.recording_ref : null,
    ratings: row.ratings.map(({ competency, rating, feedback }) => ({
      competency,
      label: COMPETENCY_LABELS[competency],
      rating,
      feedback: confidential ? feedback : null,
    })),
  };
}

export async function developmentAssessmentsOf(db: Queryable, coach: CoachReach, principal: Principal): Promise<DevelopmentAssessment[]> {
  const { rows } = await db.query<AssessmentRow>(
    `SELECT assessment_id, to_char(assessed_on, 'YYYY-MM-DD') AS assessed_on, recording_ref, assessors, ratings, average_rating,
       to_char(repeat_due_on, 'YYYY-MM-DD') AS repeat_due_on, recorded_at
     FROM development_assessments WHERE person_id = $1 ORDER BY assessed_on DESC, recorded_at DESC`,
    [coach.personId],
  );
  return rows.map((row) => assessmentOf(row, coach, principal));
}

export async function developmentPlanOf(db: Queryable, personId: string): Promise<DevelopmentPlanItem[]> {
  const { rows } = await db.query<{ item_id: string; competency: DevelopmentPlanItem['competency']; action: string; target_date: string; added_at: Date; completed_at: Date | null }>(
    `SELECT item_id, competency, action, to_char(target_date, 'YYYY-MM-DD') AS target_date, added_at, completed_at
     FROM development_plan_items WHERE person_id = $1 ORDER BY target_date, added_at`,
    [personId],
  );
  return rows.map((row) => ({
    id: row.item_id,
    competency: row.competency,
    action: row.action,
    targetDate: row.target_date,
    addedAt: row.added_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
  }));
}

export async function latestActionLearningSet(db: Queryable, personId: string): Promise<ActionLearningMembership | null> {
  const { rows } = await db.query<ActionLearningMembership>(
    `SELECT set_id AS "setId", to_char(joined_on, 'YYYY-MM-DD') AS "joinedOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
     FROM action_learning_memberships WHERE person_id = $1 ORDER BY joined_on DESC LIMIT 1`,
    [personId],
  );
  return rows[0] ?? null;
}

/** The whole development record as `principal` may see it; the repeat assessment is judged against `today` (London). */
export async function developmentRecordOf(db: Queryable, coach: CoachReach, principal: Principal, today: CalendarDate): Promise<DevelopmentRecord> {
  const assessments = await developmentAssessmentsOf(db, coach, principal);
  // The newest by date held, as the decider's state counts it, even if an older one was recorded later.
  const dueOn = assessments[0]?.repeatDueOn ?? null;
  return {
    personId: coach.personId,
    assessments,
    plan: await developmentPlanOf(db, coach.personId),
    actionLearningSet: await latestActionLearningSet(db, coach.personId),
    repeatAssessmentDueOn: dueOn,
    repeatAssessmentOverdue: dueOn !== null && today > dueOn,
  };
}
