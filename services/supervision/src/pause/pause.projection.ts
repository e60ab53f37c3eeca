import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import type { PauseEvent } from './pause.events';

/** Coaches their supervisor has paused now, for caseloads (a lead sees the pause, never the reason). */
export const pauseProjection: ReadModelProjection = {
  name: 'supervision.pauses',
  handles: ['CoachPausedBySupervisor', 'CoachResumedBySupervisor'],
  schema: `
    CREATE TABLE IF NOT EXISTS supervisor_pauses (coach_id uuid PRIMARY KEY, paused_by uuid NOT NULL, paused_on date NOT NULL);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as PauseEvent;
    switch (event.type) {
      case 'CoachPausedBySupervisor':
        await client.query(
          'INSERT INTO supervisor_pauses (coach_id, paused_by, paused_on) VALUES ($1, $2, $3) ON CONFLICT (coach_id) DO UPDATE SET paused_by = EXCLUDED.paused_by, paused_on = EXCLUDED.paused_on',
          [event.data.coachId, event.data.pausedBy, event.data.pausedOn],
        );
        return;
      case 'CoachResumedBySupervisor':
        await client.query('DELETE FROM supervisor_pauses WHERE coach_id = $1', [event.data.coachId]);
        return;
      default:
        assertNever(event);
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE supervisor_pauses');
  },
};
