import type { PoolClient } from 'pg';
import { grantOf, type IdentityEvent, type StoredGrant } from '@tapestry/contracts';
import { SHIFT_PATTERN_OF } from './shift-patterns';

/** Grants are also kept apart from people: they travel on their own stream, so one may arrive before its person. */
export async function applyRoleGrant(client: PoolClient, personId: string, grant: StoredGrant | null, granted: boolean): Promise<void> {
  if (!grant) return;
  const value = JSON.stringify(grant);
  if (granted) {
    await client.query('INSERT INTO people_role_grants (person_id, grant_value) VALUES ($1, $2) ON CONFLICT DO NOTHING', [personId, value]);
    await client.query('UPDATE people SET roles = roles || jsonb_build_array($2::jsonb) WHERE person_id = $1 AND NOT roles @> jsonb_build_array($2::jsonb)', [
      personId,
      value,
    ]);
    return;
  }
  await client.query('DELETE FROM people_role_grants WHERE person_id = $1 AND grant_value = $2', [personId, value]);
  await client.query(
    `UPDATE people SET roles = (SELECT coalesce(jsonb_agg(kept), '[]'::jsonb) FROM jsonb_array_elements(roles) kept WHERE kept <> $2::jsonb)
     WHERE person_id = $1`,
    [personId, value],
  );
}

/** Proto3 optional strings cannot say "cleared": identity sends "" for that. */
const orNull = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);

/** Applies one identity message to the people directory; messages for what it does not keep are ignored. */
export async function applyIdentityEvent(client: PoolClient, message: IdentityEvent): Promise<void> {
  const { event } = message;
  switch (event.case) {
    case 'personRegistered': {
      const p = event.value;
      await client.query(
        `INSERT INTO people (person_id, organisation_id, display_name, work_email, site_id, directorate_id, staff_group, band, shift_pattern,
                             line_manager_id, roles)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
                 (SELECT coalesce(jsonb_agg(grant_value), '[]'::jsonb) FROM people_role_grants WHERE person_id = $1))
         ON CONFLICT (person_id) DO NOTHING`,
        [
          p.personId,
          p.organisationId,
          p.displayName,
          p.workEmail,
          orNull(p.siteId),
          orNull(p.directorateId),
          p.staffGroup,
          p.band,
          SHIFT_PATTERN_OF[p.shiftPattern] ?? 'unknown',
          orNull(p.lineManagerId),
        ],
      );
      return;
    }
    case 'personMoved': {
      const m = event.value;
      const changes: Array<[string, string | null]> = [];
      if (m.siteId !== undefined) changes.push(['site_id', orNull(m.siteId)]);
      if (m.directorateId !== undefined) changes.push(['directorate_id', orNull(m.directorateId)]);
      if (m.lineManagerId !== undefined) changes.push(['line_manager_id', orNull(m.lineManagerId)]);
      if (m.staffGroup !== undefined) changes.push(['staff_group', m.staffGroup]);
      if (m.band !== undefined) changes.push(['band', m.band]);
      if (changes.length === 0) return;
      const sets = changes.map(([column], index) => `${column} = $${index + 2}`).join(', ');
      await client.query(`UPDATE people SET ${sets} WHERE person_id = $1`, [m.personId, ...changes.map(([, value]) => value)]);
      return;
    }
    case 'personDetailsUpdated': {
      const d = event.value;
      if (d.displayName) await client.query('UPDATE people SET display_name = $2 WHERE person_id = $1', [d.personId, d.displayName]);
      if (d.workEmail) await client.query('UPDATE people SET work_email = $2 WHERE person_id = $1', [d.personId, d.workEmail]);
      if (d.shiftPattern !== undefined) {
        await client.query('UPDATE people SET shift_pattern = $2 WHERE person_id = $1', [d.personId, SHIFT_PATTERN_OF[d.shiftPattern] ?? 'unknown']);
      }
      return;
    }
    case 'personLeft':
      await client.query("UPDATE people SET status = 'left' WHERE person_id = $1", [event.value.personId]);
      return;
    case 'roleGranted':
      await applyRoleGrant(client, event.value.personId, grantOf(event.value), true);
      return;
    case 'roleRevoked':
      await applyRoleGrant(client, event.value.personId, grantOf(event.value), false);
      return;
    case 'consortiumMemberAdded':
      await client.query('INSERT INTO consortium_members (consortium_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        event.value.consortiumId,
        event.value.organisationId,
      ]);
      return;
    case 'consortiumMemberRemoved':
      await client.query('DELETE FROM consortium_members WHERE consortium_id = $1 AND organisation_id = $2', [
        event.value.consortiumId,
        event.value.organisationId,
      ]);
      return;
    default:
      return;
  }
}
