import type { PoolClient } from 'pg';
import type { IdentityEvent } from '@tapestry/contracts';
import { grantOf } from '@tapestry/contracts';
import { applyRoleGrant } from '@tapestry/people-directory';

/** What a message changed that approvals and eligibility must follow. */
export type PersonChange =
  | { kind: 'line-manager-changed'; personId: string; organisationId: string; lineManagerId: string | null }
  | { kind: 'left'; personId: string; organisationId: string };

async function moveLineManager(client: PoolClient, personId: string, organisationId: string, wanted: string): Promise<PersonChange | null> {
  // A cleared manager travels as "" (proto3 optional strings cannot carry "set to nothing").
  const lineManagerId = wanted === '' ? null : wanted;
  const { rows } = await client.query<{ line_manager_id: string | null }>('SELECT line_manager_id FROM people WHERE person_id = $1 FOR UPDATE', [personId]);
  const before = rows[0];
  if (!before || before.line_manager_id === lineManagerId) return null;
  await client.query('UPDATE people SET line_manager_id = $2 WHERE person_id = $1', [personId, lineManagerId]);
  return { kind: 'line-manager-changed', personId, organisationId, lineManagerId };
}

/**
 * Applies one identity message to the people directory on the consumer's transaction and says what changed that
 * matters to approvals and eligibility. Messages for cases this service does not keep are ignored.
 */
export async function applyIdentityEvent(client: PoolClient, message: IdentityEvent): Promise<PersonChange | null> {
  const { event } = message;
  switch (event.case) {
    case 'personRegistered': {
      const p = event.value;
      await client.query(
        `INSERT INTO people (person_id, organisation_id, display_name, line_manager_id, roles)
         VALUES ($1, $2, $3, $4, (SELECT coalesce(jsonb_agg(grant_value), '[]'::jsonb) FROM people_role_grants WHERE person_id = $1))
         ON CONFLICT (person_id) DO NOTHING`,
        [p.personId, p.organisationId, p.displayName, p.lineManagerId || null],
      );
      return null;
    }
    case 'personDetailsUpdated':
      if (event.value.displayName) {
        await client.query('UPDATE people SET display_name = $2 WHERE person_id = $1', [event.value.personId, event.value.displayName]);
      }
      return null;
    case 'personMoved': {
      const { personId, organisationId, lineManagerId } = event.value;
      return lineManagerId === undefined ? null : moveLineManager(client, personId, organisationId, lineManagerId);
    }
    case 'personLeft': {
      const { personId, organisationId } = event.value;
      const { rowCount } = await client.query("UPDATE people SET status = 'left' WHERE person_id = $1 AND status <> 'left'", [personId]);
      return rowCount === 1 ? { kind: 'left', personId, organisationId } : null;
    }
    case 'roleGranted':
      await applyRoleGrant(client, event.value.personId, grantOf(event.value), true);
      return null;
    case 'roleRevoked':
      await applyRoleGrant(client, event.value.personId, grantOf(event.value), false);
      return null;
    case 'consortiumMemberAdded':
      await client.query('INSERT INTO consortium_members (consortium_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        event.value.consortiumId,
        event.value.organisationId,
      ]);
      return null;
    case 'consortiumMemberRemoved':
      await client.query('DELETE FROM consortium_members WHERE consortium_id = $1 AND organisation_id = $2', [
        event.value.consortiumId,
        event.value.organisationId,
      ]);
      return null;
    default:
      return null;
  }
}
