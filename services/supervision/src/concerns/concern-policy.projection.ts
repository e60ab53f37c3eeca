import type { PoolClient } from 'pg';
import type { Decider, Queryable, ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';

/** Whether an organisation's concerns also go to its programme lead, besides the coach's supervisors. */
export type ConcernPolicyEvent = { type: 'ConcernPolicySet'; data: { organisationId: string; sendToProgrammeLead: boolean; setBy: string } };

export const concernPolicyDecider: Decider<ConcernPolicyEvent['data'], ConcernPolicyEvent, null> = {
  decide: (command) => [{ type: 'ConcernPolicySet', data: command }],
  evolve: (state) => state,
  initialState: null,
};

export const concernPolicyProjection: ReadModelProjection = {
  name: 'supervision.concern-policies',
  handles: ['ConcernPolicySet'],
  schema: 'CREATE TABLE IF NOT EXISTS concern_policies (organisation_id uuid PRIMARY KEY, send_to_programme_lead boolean NOT NULL);',
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const { data } = recorded as RecordedEvent<'ConcernPolicySet', ConcernPolicyEvent['data']>;
    await client.query(
      `INSERT INTO concern_policies (organisation_id, send_to_programme_lead) VALUES ($1, $2)
       ON CONFLICT (organisation_id) DO UPDATE SET send_to_programme_lead = EXCLUDED.send_to_programme_lead`,
      [data.organisationId, data.sendToProgrammeLead],
    );
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE concern_policies');
  },
};

/**
 * The programme lead a concern also goes to under the organisation's policy: the first (by name) who leads the
 * organisation's programmes; null when the policy is off (the default) or it has no lead.
 */
export async function programmeLeadForConcerns(db: Queryable, organisationId: string): Promise<string | null> {
  const { rows } = await db.query<{ person_id: string }>(
    `SELECT p.person_id FROM concern_policies c JOIN people p ON p.organisation_id = c.organisation_id
     WHERE c.organisation_id = $1 AND c.send_to_programme_lead AND p.status = 'active'
       AND p.roles @> jsonb_build_array(jsonb_build_object('role', 'programme_lead', 'scopeKind', 'organisation', 'scopeId', $1::text))
     ORDER BY p.display_name, p.person_id LIMIT 1`,
    [organisationId],
  );
  return rows[0]?.person_id ?? null;
}

