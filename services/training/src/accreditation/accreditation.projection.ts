import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import { ignoreUnknownEvent } from '../common';
import type { AccreditationEvent } from './accreditation.events';

/** Adds to one of a coach's running totals, creating their row on first evidence. */
async function addHours(client: PoolClient, personId: string, column: 'cpd_hours' | 'practice_hours' | 'supervision_hours', hours: number) {
  await client.query(
    `INSERT INTO accreditations (person_id, ${column}) VALUES ($1, $2)
     ON CONFLICT (person_id) DO UPDATE SET ${column} = accreditations.${column} + EXCLUDED.${column}`,
    [personId, hours],
  );
}

/** Each coach's level and evidence totals, their CPD log and every award with the evidence it was judged on. */
export const accreditationProjection: ReadModelProjection = {
  name: 'training.accreditation',
  handles: ['CpdRecorded', 'CoachingHoursRecorded', 'SupervisionHoursRecorded', 'AccreditationAwarded'],
  schema: `
    CREATE TABLE IF NOT EXISTS accreditations (
      person_id uuid PRIMARY KEY, level text, awarded_at timestamptz,
      cpd_hours numeric NOT NULL DEFAULT 0, practice_hours numeric NOT NULL DEFAULT 0, supervision_hours numeric NOT NULL DEFAULT 0);
    CREATE TABLE IF NOT EXISTS cpd_records (
      cpd_id uuid PRIMARY KEY, person_id uuid NOT NULL, hours numeric NOT NULL, date date NOT NULL,
      description text NOT NULL, recorded_at timestamptz NOT NULL);
    CREATE INDEX IF NOT EXISTS cpd_records_by_person ON cpd_records (person_id, date DESC);
    CREATE TABLE IF NOT EXISTS accreditation_awards (
      person_id uuid NOT NULL, level text NOT NULL, organisation_id uuid NOT NULL, awarded_by text NOT NULL,
      awarded_at timestamptz NOT NULL, evidence jsonb NOT NULL, PRIMARY KEY (person_id, level));`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as AccreditationEvent;
    switch (event.type) {
      case 'CpdRecorded': {
        const { personId, cpdId, hours, date, description, recordedAt } = event.data;
        await client.query('INSERT INTO cpd_records (cpd_id, person_id, hours, date, description, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)', [
          cpdId,
          personId,
          hours,
          date,
          description,
          recordedAt,
        ]);
        await addHours(client, personId, 'cpd_hours', hours);
        return;
      }
      case 'CoachingHoursRecorded':
        await addHours(client, event.data.personId, 'practice_hours', event.data.hours);
        return;
      case 'SupervisionHoursRecorded':
        await addHours(client, event.data.personId, 'supervision_hours', event.data.hours);
        return;
      case 'AccreditationAwarded': {
        const { personId, level, organisationId, awardedBy, awardedAt, evidence } = event.data;
        await client.query(
          `INSERT INTO accreditations (person_id, level, awarded_at) VALUES ($1, $2, $3)
           ON CONFLICT (person_id) DO UPDATE SET level = EXCLUDED.level, awarded_at = EXCLUDED.awarded_at`,
          [personId, level, awardedAt],
        );
        await client.query(
          'INSERT INTO accreditation_awards (person_id, level, organisation_id, awarded_by, awarded_at, evidence) VALUES ($1, $2, $3, $4, $5, $6)',
          [personId, level, organisationId, awardedBy, awardedAt, JSON.stringify(evidence)],
        );
        return;
      }
      default:
        ignoreUnknownEvent(event);
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE accreditations, cpd_records, accreditation_awards');
  },
};
