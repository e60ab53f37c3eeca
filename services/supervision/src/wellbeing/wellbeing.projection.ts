import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import type { WellbeingEvent } from './wellbeing.events';

/** Check-in totals (for flags and fatigue risk) and, apart, the coach's words: for the coach and their supervisors only. */
export const wellbeingProjection: ReadModelProjection = {
  name: 'supervision.wellbeing',
  handles: ['WellbeingCheckInRecorded', 'WellbeingNoteWritten'],
  schema: `
    CREATE TABLE IF NOT EXISTS wellbeing_check_ins (
      check_in_id uuid PRIMARY KEY, coach_id uuid NOT NULL, recorded_on date NOT NULL, total int NOT NULL, scores jsonb NOT NULL, recorded_at timestamptz NOT NULL);
    CREATE INDEX IF NOT EXISTS wellbeing_check_ins_by_coach ON wellbeing_check_ins (coach_id, recorded_on);
    CREATE TABLE IF NOT EXISTS wellbeing_notes (check_in_id uuid PRIMARY KEY, text text NOT NULL);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as WellbeingEvent;
    switch (event.type) {
      case 'WellbeingCheckInRecorded': {
        const d = event.data;
        await client.query(
          'INSERT INTO wellbeing_check_ins (check_in_id, coach_id, recorded_on, total, scores, recorded_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING',
          [d.checkInId, d.coachId, d.recordedOn, d.total, JSON.stringify(d.scores), d.recordedAt],
        );
        return;
      }
      case 'WellbeingNoteWritten':
        await client.query('INSERT INTO wellbeing_notes (check_in_id, text) VALUES ($1, $2) ON CONFLICT DO NOTHING', [event.data.checkInId, event.data.text]);
        return;
      default:
        assertNever(event);
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE wellbeing_check_ins, wellbeing_notes');
  },
};
