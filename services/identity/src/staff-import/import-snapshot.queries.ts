import type { Queryable } from '@tapestry/eventsourcing';
import type { PersonProfile } from '../people';
import type { ImportSnapshot } from './import-plan.types';

/** Identity as it stands, for planning an import against: the organisation's people, places, and emails in use elsewhere. */
export async function importSnapshot(db: Queryable, organisationId: string): Promise<ImportSnapshot> {
  const [people, sites, directorates, elsewhere] = await Promise.all([
    db.query<{ id: string; status: 'active' | 'left'; profile: PersonProfile }>(
      'SELECT id, status, profile FROM people WHERE organisation_id = $1',
      [organisationId],
    ),
    db.query<{ id: string; name: string }>('SELECT id, name FROM sites WHERE organisation_id = $1', [organisationId]),
    db.query<{ id: string; name: string }>('SELECT id, name FROM directorates WHERE organisation_id = $1', [organisationId]),
    db.query<{ email: string }>('SELECT email FROM people WHERE organisation_id <> $1', [organisationId]),
  ]);
  return {
    organisationId,
    people: people.rows.map((row) => ({ personId: row.id, status: row.status, profile: row.profile })),
    sites: sites.rows,
    directorates: directorates.rows,
    emailsElsewhere: new Set(elsewhere.rows.map((row) => row.email)),
  };
}
