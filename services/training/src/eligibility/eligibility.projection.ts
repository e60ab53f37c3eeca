import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import type { CoachEligibilityChanged } from './eligibility.types';

/**
 * Eligibility as published to matching: one row per programme and role whose eligibility has ever flipped, with the
 * reasons given at the last flip. A pair without a row has never been eligible. For every pair with today's
 * reasons, ask currentEligibility.
 */
export const eligibilityProjection: ReadModelProjection = {
  name: 'training.eligibility',
  handles: ['CoachEligibilityChanged'],
  schema: `
    CREATE TABLE IF NOT EXISTS eligibility (
      person_id uuid NOT NULL, programme text NOT NULL, role text NOT NULL, eligible boolean NOT NULL, reasons jsonb NOT NULL,
      organisation_id uuid NOT NULL, changed_at timestamptz NOT NULL,
      PRIMARY KEY (person_id, programme, role));
    CREATE INDEX IF NOT EXISTS eligibility_pool ON eligibility (organisation_id, programme, role) WHERE eligible;`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const { data } = recorded as RecordedEvent<'CoachEligibilityChanged', CoachEligibilityChanged['data']>;
    await client.query(
      `INSERT INTO eligibility (person_id, programme, role, eligible, reasons, organisation_id, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (person_id, programme, role) DO UPDATE
         SET eligible = EXCLUDED.eligible, reasons = EXCLUDED.reasons, organisation_id = EXCLUDED.organisation_id, changed_at = EXCLUDED.changed_at`,
      [data.personId, data.programme, data.role, data.eligible, JSON.stringify(data.reasons), data.organisationId, recorded.recordedAt],
    );
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE eligibility');
  },
};
