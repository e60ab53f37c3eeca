import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import type { SupervisionSessionEvent } from './supervision-session.events';

/** Supervision sessions and who attended; the private notes in a table of their own, read only for supervisor and coach. */
export const supervisionSessionProjection: ReadModelProjection = {
  name: 'supervision.sessions',
  handles: ['SupervisionSessionLogged', 'SupervisionNotesWritten'],
  schema: `
    CREATE TABLE IF NOT EXISTS supervision_sessions (
      session_id uuid PRIMARY KEY, supervisor_id uuid NOT NULL, format text NOT NULL, held_on date NOT NULL, minutes int NOT NULL,
      themes jsonb NOT NULL, agreed_actions jsonb NOT NULL);
    CREATE TABLE IF NOT EXISTS supervision_attendance (
      session_id uuid NOT NULL, coach_id uuid NOT NULL, organisation_id uuid NOT NULL, PRIMARY KEY (session_id, coach_id));
    CREATE INDEX IF NOT EXISTS supervision_attendance_by_coach ON supervision_attendance (coach_id);
    CREATE TABLE IF NOT EXISTS supervision_notes (session_id uuid PRIMARY KEY, notes text NOT NULL);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as SupervisionSessionEvent;
    switch (event.type) {
      case 'SupervisionSessionLogged': {
        const d = event.data;
        await client.query(
          `INSERT INTO supervision_sessions (session_id, supervisor_id, format, held_on, minutes, themes, agreed_actions)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
          [d.sessionId, d.supervisorId, d.format, d.heldOn, d.minutes, JSON.stringify(d.themes), JSON.stringify(d.agreedActions)],
        );
        for (const supervisee of d.supervisees) {
          await client.query('INSERT INTO supervision_attendance (session_id, coach_id, organisation_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
            d.sessionId,
            supervisee.coachId,
            supervisee.organisationId,
          ]);
        }
        return;
      }
      case 'SupervisionNotesWritten':
        await client.query('INSERT INTO supervision_notes (session_id, notes) VALUES ($1, $2) ON CONFLICT (session_id) DO UPDATE SET notes = EXCLUDED.notes', [
          event.data.sessionId,
          event.data.notes,
        ]);
        return;
      default:
        assertNever(event);
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE supervision_sessions, supervision_attendance, supervision_notes');
  },
};
