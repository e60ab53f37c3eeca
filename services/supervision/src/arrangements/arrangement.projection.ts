import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import type { ArrangementEvent } from './arrangement.events';

/** Who supervises whom, now and before: one row per arrangement, ended ones keeping their end date. */
export const arrangementProjection: ReadModelProjection = {
  name: 'supervision.arrangements',
  handles: ['SupervisorAssigned', 'SupervisionEnded', 'SupervisionHandedOver'],
  schema: `
    CREATE TABLE IF NOT EXISTS arrangements (
      coach_id uuid NOT NULL, supervisor_id uuid NOT NULL, coach_organisation_id uuid NOT NULL, supervisor_organisation_id uuid NOT NULL,
      format text NOT NULL, since date NOT NULL, ended_on date, PRIMARY KEY (coach_id, supervisor_id, since));
    CREATE INDEX IF NOT EXISTS arrangements_current ON arrangements (supervisor_id) WHERE ended_on IS NULL;`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as ArrangementEvent;
    switch (event.type) {
      case 'SupervisorAssigned': {
        const d = event.data;
        await client.query(
          `INSERT INTO arrangements (coach_id, supervisor_id, coach_organisation_id, supervisor_organisation_id, format, since)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [d.coachId, d.supervisorId, d.coachOrganisationId, d.supervisorOrganisationId, d.format, d.startsOn],
        );
        return;
      }
      case 'SupervisionEnded':
        await client.query('UPDATE arrangements SET ended_on = $3 WHERE coach_id = $1 AND supervisor_id = $2 AND ended_on IS NULL', [
          event.data.coachId,
          event.data.supervisorId,
          event.data.endedOn,
        ]);
        return;
      case 'SupervisionHandedOver': {
        const d = event.data;
        await client.query('UPDATE arrangements SET ended_on = $3 WHERE coach_id = $1 AND supervisor_id = $2 AND ended_on IS NULL', [
          d.coachId,
          d.fromSupervisorId,
          d.handedOverOn,
        ]);
        await client.query(
          `INSERT INTO arrangements (coach_id, supervisor_id, coach_organisation_id, supervisor_organisation_id, format, since)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [d.coachId, d.toSupervisorId, d.coachOrganisationId, d.toSupervisorOrganisationId, d.format, d.handedOverOn],
        );
        return;
      }
      default:
        assertNever(event);
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE arrangements');
  },
};
