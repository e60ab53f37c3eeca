import type { PoolClient } from 'pg';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import type { ReadModelProjection } from '@tapestry/eventsourcing';
import { bandLabel, type Band } from '../staff-groups';
import type { PersonalDetails, PersonEvent, PersonProfile, PersonRegistered, Placement } from './person.events';

/** Columns a move or an update may change, by event field. */
const COLUMN_OF: Record<keyof Placement | Exclude<keyof PersonalDetails, 'name'>, string> = {
  jobTitle: 'job_title',
  staffGroup: 'staff_group',
  band: 'band',
  siteId: 'site_id',
  directorateId: 'directorate_id',
  lineManagerId: 'line_manager_id',
  email: 'email',
  shiftPattern: 'shift_pattern',
  clinical: 'clinical',
  employeeNumber: 'employee_number',
};

async function updateColumns(client: PoolClient, personId: string, changes: Record<string, unknown>): Promise<void> {
  const assignments: string[] = [];
  const values: unknown[] = [personId];
  for (const [field, value] of Object.entries(changes)) {
    if (field === 'name') {
      const name = value as PersonalDetails['name'];
      values.push(name.given, name.family);
      assignments.push(`given_name = $${values.length - 1}`, `family_name = $${values.length}`);
      continue;
    }
    const column = COLUMN_OF[field as keyof typeof COLUMN_OF];
    if (column === undefined || value === undefined) continue;
    values.push(field === 'band' ? bandLabel(value as Band) : value);
    assignments.push(`${column} = $${values.length}`);
  }
  if (assignments.length === 0) return;
  values.push(JSON.stringify(changes));
  assignments.push(`profile = profile || $${values.length}::jsonb`);
  await client.query(`UPDATE people SET ${assignments.join(', ')} WHERE id = $1`, values);
}

function profileOf({ personId: _personId, ...profile }: PersonRegistered['data']): PersonProfile {
  return profile;
}

export const personProjection: ReadModelProjection = {
  name: 'identity.people',
  handles: ['PersonRegistered', 'PersonDetailsUpdated', 'PersonMoved', 'PersonLeft'],
  schema: `
    CREATE TABLE IF NOT EXISTS people (
      id uuid PRIMARY KEY, organisation_id uuid NOT NULL, employee_number text,
      given_name text NOT NULL, family_name text NOT NULL, email text NOT NULL, job_title text NOT NULL,
      staff_group text NOT NULL, band text NOT NULL, site_id uuid, directorate_id uuid, shift_pattern text NOT NULL,
      clinical boolean NOT NULL, line_manager_id uuid, start_date date NOT NULL,
      status text NOT NULL DEFAULT 'active', leaving_date date, leaving_reason text,
      -- The profile as the events carry it (structured band, staff group key): what a re-import compares against.
      profile jsonb NOT NULL);
    CREATE INDEX IF NOT EXISTS people_by_organisation ON people (organisation_id, family_name, given_name, id);
    CREATE INDEX IF NOT EXISTS people_by_manager ON people (line_manager_id);
    -- Not UNIQUE: the email reservation streams enforce uniqueness when events are written; a read model follows
    -- the events and must never refuse one.
    CREATE INDEX IF NOT EXISTS people_by_email ON people (email);
    CREATE UNIQUE INDEX IF NOT EXISTS people_by_employee_number ON people (organisation_id, employee_number)
      WHERE employee_number IS NOT NULL;`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as PersonEvent;
    switch (event.type) {
      case 'PersonRegistered': {
        const p = event.data;
        await client.query(
          `INSERT INTO people (id, organisation_id, employee_number, given_name, family_name, email, job_title, staff_group,
             band, site_id, directorate_id, shift_pattern, clinical, line_manager_id, start_date, profile)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT (id) DO NOTHING`,
          [p.personId, p.organisationId, p.employeeNumber, p.name.given, p.name.family, p.email, p.jobTitle, p.staffGroup,
            bandLabel(p.band), p.siteId, p.directorateId, p.shiftPattern, p.clinical, p.lineManagerId, p.startDate,
            JSON.stringify(profileOf(p))],
        );
        return;
      }
      case 'PersonDetailsUpdated':
        await updateColumns(client, event.data.personId, event.data.changes);
        return;
      case 'PersonMoved':
        await updateColumns(client, event.data.personId, event.data.to);
        return;
      case 'PersonLeft':
        await client.query("UPDATE people SET status = 'left', leaving_date = $2, leaving_reason = $3 WHERE id = $1", [
          event.data.personId,
          event.data.leavingDate,
          event.data.reason,
        ]);
        return;
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE people');
  },
};
