import type { Queryable } from '@tapestry/eventsourcing';
import type { LawfulBasisType, Organisation, OrganisationKind } from './organisation.graphql-types';

interface OrganisationRow {
  id: string;
  name: string;
  kind: string;
  ods_code: string | null;
  sites: { id: string; name: string }[];
  directorates: { id: string; name: string }[];
  lawful_basis: LawfulBasisType | null;
}

const SELECT_ORGANISATION = `
  SELECT o.id, o.name, o.kind, o.ods_code,
         COALESCE((SELECT json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name)
                     FROM sites s WHERE s.organisation_id = o.id), '[]') AS sites,
         COALESCE((SELECT json_agg(json_build_object('id', d.id, 'name', d.name) ORDER BY d.name)
                     FROM directorates d WHERE d.organisation_id = o.id), '[]') AS directorates,
         (SELECT json_build_object('basis', l.basis, 'recordedOn', to_char(l.recorded_on, 'YYYY-MM-DD'))
            FROM lawful_bases l WHERE l.organisation_id = o.id) AS lawful_basis
    FROM organisations o`;

const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  name: row.name,
  kind: row.kind as OrganisationKind,
  odsCode: row.ods_code,
  sites: row.sites,
  directorates: row.directorates,
  lawfulBasis: row.lawful_basis,
});

export async function findOrganisation(db: Queryable, organisationId: string): Promise<Organisation | null> {
  const { rows } = await db.query<OrganisationRow>(`${SELECT_ORGANISATION} WHERE o.id = $1`, [organisationId]);
  return rows[0] ? toOrganisation(rows[0]) : null;
}

export async function findOrganisations(db: Queryable, organisationIds?: readonly string[]): Promise<Organisation[]> {
  const { rows } = organisationIds
    ? await db.query<OrganisationRow>(`${SELECT_ORGANISATION} WHERE o.id = ANY($1::uuid[]) ORDER BY o.name`, [organisationIds])
    : await db.query<OrganisationRow>(`${SELECT_ORGANISATION} ORDER BY o.name`);
  return rows.map(toOrganisation);
}
