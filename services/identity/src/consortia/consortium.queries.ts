import type { Queryable } from '@tapestry/eventsourcing';
import { findOrganisations } from '../organisations/organisation.queries';
import type { Consortium } from './consortium.graphql-types';

interface ConsortiumRow {
  id: string;
  name: string;
  member_ids: string[];
}

const SELECT_CONSORTIUM = `
  SELECT c.id, c.name,
         COALESCE((SELECT array_agg(m.organisation_id) FROM consortium_members m WHERE m.consortium_id = c.id), '{}') AS member_ids
    FROM consortia c`;

async function withMembers(db: Queryable, rows: ConsortiumRow[]): Promise<Consortium[]> {
  const organisations = await findOrganisations(db, [...new Set(rows.flatMap((row) => row.member_ids))]);
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    members: row.member_ids.flatMap((id) => byId.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name)),
  }));
}

export async function findConsortium(db: Queryable, consortiumId: string): Promise<Consortium | null> {
  const { rows } = await db.query<ConsortiumRow>(`${SELECT_CONSORTIUM} WHERE c.id = $1`, [consortiumId]);
  const [consortium] = await withMembers(db, rows);
  return consortium ?? null;
}

export async function findConsortia(db: Queryable): Promise<Consortium[]> {
  const { rows } = await db.query<ConsortiumRow>(`${SELECT_CONSORTIUM} ORDER BY c.name`);
  return withMembers(db, rows);
}
