import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import { ignoreUnknownEvent } from '../common';
import type { AssessmentCentreEvent } from './assessment-centre.events';

/** Assessment centres and their candidates; the outcome feedback is for the candidate, assessors and programme leads. */
export const assessmentCentreProjection: ReadModelProjection = {
  name: 'training.assessment_centres',
  handles: ['AssessmentCentrePlanned', 'CandidateAdded', 'CandidateOutcomeRecorded'],
  schema: `
    CREATE TABLE IF NOT EXISTS assessment_centres (
      centre_id uuid PRIMARY KEY, organisation_id uuid NOT NULL, date date NOT NULL, assessors jsonb NOT NULL,
      planned_by text NOT NULL, planned_at timestamptz NOT NULL);
    CREATE INDEX IF NOT EXISTS assessment_centres_by_organisation ON assessment_centres (organisation_id, date DESC);
    CREATE TABLE IF NOT EXISTS assessment_centre_candidates (
      centre_id uuid NOT NULL, person_id uuid NOT NULL, added_at timestamptz NOT NULL, outcome text, feedback text,
      recorded_by text, recorded_at timestamptz, PRIMARY KEY (centre_id, person_id));`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as AssessmentCentreEvent;
    switch (event.type) {
      case 'AssessmentCentrePlanned': {
        const { centreId, organisationId, date, assessors, plannedBy, plannedAt } = event.data;
        await client.query(
          'INSERT INTO assessment_centres (centre_id, organisation_id, date, assessors, planned_by, planned_at) VALUES ($1, $2, $3, $4, $5, $6)',
          [centreId, organisationId, date, JSON.stringify(assessors), plannedBy, plannedAt],
        );
        return;
      }
      case 'CandidateAdded':
        await client.query('INSERT INTO assessment_centre_candidates (centre_id, person_id, added_at) VALUES ($1, $2, $3)', [
          event.data.centreId,
          event.data.personId,
          event.data.addedAt,
        ]);
        return;
      case 'CandidateOutcomeRecorded': {
        const { centreId, personId, outcome, feedback, recordedBy, recordedAt } = event.data;
        await client.query(
          `UPDATE assessment_centre_candidates SET outcome = $3, feedback = $4, recorded_by = $5, recorded_at = $6
           WHERE centre_id = $1 AND person_id = $2`,
          [centreId, personId, outcome, feedback, recordedBy, recordedAt],
        );
        return;
      }
      default:
        ignoreUnknownEvent(event);
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE assessment_centres, assessment_centre_candidates');
  },
};
