import type { PoolClient } from 'pg';
import type { Queryable, ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import type { Programme } from '../optimiser/round.types';
import { DEFAULT_POLICY, type PolicyEvent, type ProgrammePolicy } from './programme-policy';

export const programmePolicyProjection: ReadModelProjection = {
  name: 'matching.programme-policies',
  handles: ['ProgrammePolicySet'],
  schema: `
    CREATE TABLE IF NOT EXISTS programme_policies (
      organisation_id uuid NOT NULL, programme text NOT NULL, policy jsonb NOT NULL, set_by uuid NOT NULL, set_at timestamptz NOT NULL,
      PRIMARY KEY (organisation_id, programme));`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const { data } = recorded as RecordedEvent<'ProgrammePolicySet', PolicyEvent['data']>;
    await client.query(
      `INSERT INTO programme_policies (organisation_id, programme, policy, set_by, set_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organisation_id, programme) DO UPDATE SET policy = EXCLUDED.policy, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
      [data.organisationId, data.programme, JSON.stringify(data.policy), data.setBy, recorded.recordedAt],
    );
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE programme_policies');
  },
};

/** The organisation's policy for the programme, or the default when it never set one. */
export async function policyFor(db: Queryable, organisationId: string, programme: Programme): Promise<ProgrammePolicy> {
  const { rows } = await db.query<{ policy: ProgrammePolicy }>('SELECT policy FROM programme_policies WHERE organisation_id = $1 AND programme = $2', [
    organisationId,
    programme,
  ]);
  return rows[0] ? { ...DEFAULT_POLICY, ...rows[0].policy } : DEFAULT_POLICY;
}

export async function policiesFor(db: Queryable, organisationIds: readonly string[], programme: Programme): Promise<Map<string, ProgrammePolicy>> {
  const { rows } = await db.query<{ organisation_id: string; policy: ProgrammePolicy }>(
    'SELECT organisation_id, policy FROM programme_policies WHERE organisation_id = ANY($1::uuid[]) AND programme = $2',
    [[...organisationIds], programme],
  );
  const found = new Map(rows.map((row) => [row.organisation_id, { ...DEFAULT_POLICY, ...row.policy }]));
  return new Map(organisationIds.map((id) => [id, found.get(id) ?? DEFAULT_POLICY]));
}
