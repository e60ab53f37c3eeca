import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import type { CoachEvent } from './coach.decider';

/**
 * Coaches' matching preferences, places taken, and responsiveness: how long they take to answer introductions
 * (answer_hours_total / answers) and when they were last active.
 */
export const coachProjection: ReadModelProjection = {
  name: 'matching.coaches',
  handles: ['CoachPreferencesSet', 'CoachPaused', 'CoachResumed', 'CoachSlotTaken', 'CoachSlotReleased', 'CoachFlaggedUnresponsive', 'CoachResponded'],
  schema: `
    CREATE TABLE IF NOT EXISTS coaches (
      coach_id uuid PRIMARY KEY, organisation_id uuid NOT NULL, capacity int NOT NULL DEFAULT 2, site_ids jsonb NOT NULL DEFAULT '[]',
      tags jsonb NOT NULL DEFAULT '[]', formats jsonb NOT NULL DEFAULT '["in_person","remote"]', gender text, paused boolean NOT NULL DEFAULT false,
      slots jsonb NOT NULL DEFAULT '[]', unanswered jsonb NOT NULL DEFAULT '[]', flagged_since timestamptz,
      answers int NOT NULL DEFAULT 0, answer_hours_total double precision NOT NULL DEFAULT 0, last_active_at timestamptz);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as CoachEvent;
    const { coachId, organisationId } = event.data;
    await client.query('INSERT INTO coaches (coach_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [coachId, organisationId]);
    const at = recorded.recordedAt;
    switch (event.type) {
      case 'CoachPreferencesSet': {
        const d = event.data;
        await client.query(
          `UPDATE coaches SET organisation_id = $2, capacity = $3, site_ids = $4, tags = $5, formats = $6, gender = $7, last_active_at = $8 WHERE coach_id = $1`,
          [coachId, organisationId, d.capacity, JSON.stringify(d.siteIds), JSON.stringify(d.tags), JSON.stringify(d.formats), d.gender, at],
        );
        return;
      }
      case 'CoachPaused':
        await client.query('UPDATE coaches SET paused = true WHERE coach_id = $1', [coachId]);
        return;
      case 'CoachResumed':
        await client.query('UPDATE coaches SET paused = false, last_active_at = $2 WHERE coach_id = $1', [coachId, at]);
        return;
      case 'CoachSlotTaken':
        await client.query('UPDATE coaches SET slots = slots || jsonb_build_array($2::text) WHERE coach_id = $1', [coachId, event.data.relationshipId]);
        return;
      case 'CoachSlotReleased':
        await client.query(
          `UPDATE coaches SET slots = slots - $2::text, unanswered = unanswered - $2::text,
             flagged_since = CASE WHEN jsonb_array_length(unanswered - $2::text) = 0 THEN NULL ELSE flagged_since END WHERE coach_id = $1`,
          [coachId, event.data.relationshipId],
        );
        return;
      case 'CoachFlaggedUnresponsive':
        await client.query(
          'UPDATE coaches SET unanswered = unanswered || jsonb_build_array($2::text), flagged_since = coalesce(flagged_since, $3) WHERE coach_id = $1',
          [coachId, event.data.relationshipId, event.data.flaggedAt],
        );
        return;
      case 'CoachResponded':
        await client.query(
          `UPDATE coaches SET unanswered = unanswered - $2::text, last_active_at = $3,
             flagged_since = CASE WHEN jsonb_array_length(unanswered - $2::text) = 0 THEN NULL ELSE flagged_since END WHERE coach_id = $1`,
          [coachId, event.data.relationshipId, event.data.respondedAt],
        );
        return;
      default:
        assertNever(event);
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE coaches');
  },
};
