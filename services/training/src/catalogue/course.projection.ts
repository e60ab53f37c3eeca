import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import type { CourseEvent } from './course.events';

/** The catalogue: every course with what it qualifies for; a retired one stays listed, marked retired. */
export const courseProjection: ReadModelProjection = {
  name: 'training.courses',
  handles: ['CourseCreated', 'CourseRetired'],
  schema: `
    CREATE TABLE IF NOT EXISTS courses (
      course_id uuid PRIMARY KEY, organisation_id uuid NOT NULL, title text NOT NULL, kind text NOT NULL,
      modules jsonb NOT NULL, qualifies jsonb NOT NULL, cpd_hours numeric NOT NULL, validity_months integer NOT NULL,
      status text NOT NULL DEFAULT 'offered', created_at timestamptz NOT NULL, retired_at timestamptz);
    CREATE INDEX IF NOT EXISTS courses_by_organisation ON courses (organisation_id, title);`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as CourseEvent;
    switch (event.type) {
      case 'CourseCreated': {
        const c = event.data;
        await client.query(
          `INSERT INTO courses (course_id, organisation_id, title, kind, modules, qualifies, cpd_hours, validity_months, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (course_id) DO NOTHING`,
          [c.courseId, c.organisationId, c.title, c.kind, JSON.stringify(c.modules), JSON.stringify(c.qualifies), c.cpdHours, c.validityMonths, c.createdAt],
        );
        return;
      }
      case 'CourseRetired':
        await client.query("UPDATE courses SET status = 'retired', retired_at = $2 WHERE course_id = $1", [event.data.courseId, event.data.retiredAt]);
        return;
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE courses');
  },
};
