import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import { ignoreUnknownEvent } from '../common';
import type { DevelopmentEvent } from './development.events';

/**
 * Development centre assessments (ratings with their written feedback, which only resolvers that check the reader
 * may return), personal development plans and action learning set memberships.
 */
export const developmentProjection: ReadModelProjection = {
  name: 'training.development',
  handles: ['DevelopmentAssessmentRecorded', 'DevelopmentPlanItemAdded', 'DevelopmentPlanItemCompleted', 'ActionLearningSetJoined'],
  schema: `
    CREATE TABLE IF NOT EXISTS development_assessments (
      assessment_id uuid PRIMARY KEY, person_id uuid NOT NULL, assessed_on date NOT NULL, recording_ref text NOT NULL,
      assessors jsonb NOT NULL, ratings jsonb NOT NULL, average_rating numeric NOT NULL, repeat_due_on date NOT NULL,
      recorded_at timestamptz NOT NULL);
    CREATE INDEX IF NOT EXISTS development_assessments_by_person ON development_assessments (person_id, assessed_on DESC);
    CREATE TABLE IF NOT EXISTS development_plan_items (
      person_id uuid NOT NULL, item_id uuid NOT NULL, competency text NOT NULL, action text NOT NULL, target_date date NOT NULL,
      added_at timestamptz NOT NULL, completed_at timestamptz, PRIMARY KEY (person_id, item_id));
    CREATE TABLE IF NOT EXISTS action_learning_memberships (
      person_id uuid NOT NULL, set_id text NOT NULL, joined_on date NOT NULL, ends_on date NOT NULL,
      PRIMARY KEY (person_id, joined_on));`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as DevelopmentEvent;
    switch (event.type) {
      case 'DevelopmentAssessmentRecorded': {
        const d = event.data;
        await client.query(
          `INSERT INTO development_assessments
             (assessment_id, person_id, assessed_on, recording_ref, assessors, ratings, average_rating, repeat_due_on, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [d.assessmentId, d.personId, d.assessedOn, d.recordingRef, JSON.stringify(d.assessors), JSON.stringify(d.ratings), d.averageRating, d.repeatDueOn, d.recordedAt],
        );
        return;
      }
      case 'DevelopmentPlanItemAdded': {
        const { personId, itemId, competency, action, targetDate, addedAt } = event.data;
        await client.query(
          'INSERT INTO development_plan_items (person_id, item_id, competency, action, target_date, added_at) VALUES ($1, $2, $3, $4, $5, $6)',
          [personId, itemId, competency, action, targetDate, addedAt],
        );
        return;
      }
      case 'DevelopmentPlanItemCompleted':
        await client.query('UPDATE development_plan_items SET completed_at = $3 WHERE person_id = $1 AND item_id = $2', [
          event.data.personId,
          event.data.itemId,
          event.data.completedAt,
        ]);
        return;
      case 'ActionLearningSetJoined': {
        const { personId, setId, joinedOn, endsOn } = event.data;
        await client.query('INSERT INTO action_learning_memberships (person_id, set_id, joined_on, ends_on) VALUES ($1, $2, $3, $4)', [
          personId,
          setId,
          joinedOn,
          endsOn,
        ]);
        return;
      }
      default:
        ignoreUnknownEvent(event);
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE development_assessments, development_plan_items, action_learning_memberships');
  },
};
