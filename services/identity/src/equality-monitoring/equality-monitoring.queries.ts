import { foldStream, type EventStore, type Queryable } from '@tapestry/eventsourcing';
import type { PersonStanding } from './equality-monitoring.decider';
import { equalityMonitoringDecider } from './equality-monitoring.decider';
import type { EqualityMonitoring, EthnicityType } from './equality-monitoring.graphql-types';
import { declarationOf } from './equality-monitoring.state';

export const equalityMonitoringStream = (personId: string): string => `equality-monitoring-${personId}`;

// A principal that is not a person (a setup or system actor) has an id that is no uuid; the people table would refuse it.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function personStanding(db: Queryable, personId: string): Promise<PersonStanding> {
  if (!UUID.test(personId)) return { status: 'absent' };
  const { rows } = await db.query<{ organisation_id: string; status: string; leaving_date: string | null }>(
    "SELECT organisation_id, status, to_char(leaving_date, 'YYYY-MM-DD') AS leaving_date FROM people WHERE id = $1",
    [personId],
  );
  const row = rows[0];
  if (!row) return { status: 'absent' };
  return row.status === 'left'
    ? { status: 'left', organisationId: row.organisation_id, leavingDate: row.leaving_date ?? '' }
    : { status: 'active', organisationId: row.organisation_id };
}

/**
 * Read from the person's own stream rather than a read model: no table in identity holds anyone's ethnicity, so there
 * is nothing another query could leak it from.
 */
export async function findEqualityMonitoring(events: EventStore, db: Queryable, personId: string): Promise<EqualityMonitoring> {
  const { state } = foldStream(equalityMonitoringDecider, await events.readStream(equalityMonitoringStream(personId)));
  const { ethnicity, objecting } = declarationOf(state);
  const standing = await personStanding(db, personId);
  const { rows } =
    standing.status === 'absent'
      ? { rows: [] }
      : await db.query<{ basis: string }>('SELECT basis FROM lawful_bases WHERE organisation_id = $1', [standing.organisationId]);
  return { ethnicity: ethnicity as EthnicityType | null, objecting, organisationLawfulBasis: rows[0]?.basis ?? null };
}
