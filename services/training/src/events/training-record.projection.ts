import type { PoolClient } from 'pg';
import type { ReadModelProjection, RecordedEvent } from '@tapestry/eventsourcing';
import type { CourseEvent } from '../catalogue';
import { addMonths } from '../common';
import type { TrainingCompleted } from './training-event.events';

interface CourseFacts {
  title: string;
  qualifies: unknown;
  cpd_hours: string;
  validity_months: number;
}

/**
 * Completed training per person: what eligibility and the coach's profile read. It keeps the course facts it needs
 * in a table of its own rather than reading the catalogue's, because projections catch up independently and a
 * rebuild must not see a completion before its course.
 */
export const trainingRecordProjection: ReadModelProjection = {
  name: 'training.records',
  handles: ['CourseCreated', 'TrainingCompleted'],
  schema: `
    CREATE TABLE IF NOT EXISTS training_record_courses (
      course_id uuid PRIMARY KEY, title text NOT NULL, qualifies jsonb NOT NULL, cpd_hours numeric NOT NULL,
      validity_months integer NOT NULL);
    CREATE TABLE IF NOT EXISTS training_records (
      person_id uuid NOT NULL, course_id uuid NOT NULL, course_title text NOT NULL, programme_qualifications jsonb NOT NULL,
      completed_on date NOT NULL, lapses_on date, cpd_hours numeric NOT NULL,
      PRIMARY KEY (person_id, course_id, completed_on));`,
  async apply(recorded: RecordedEvent, client: PoolClient) {
    const event = { type: recorded.type, data: recorded.data } as CourseEvent | TrainingCompleted;
    switch (event.type) {
      case 'CourseCreated': {
        const c = event.data;
        await client.query(
          `INSERT INTO training_record_courses (course_id, title, qualifies, cpd_hours, validity_months) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (course_id) DO NOTHING`,
          [c.courseId, c.title, JSON.stringify(c.qualifies), c.cpdHours, c.validityMonths],
        );
        return;
      }
      case 'TrainingCompleted': {
        const { learnerId, courseId, completedOn } = event.data;
        const { rows } = await client.query<CourseFacts>(
          'SELECT title, qualifies, cpd_hours, validity_months FROM training_record_courses WHERE course_id = $1',
          [courseId],
        );
        const course = rows[0];
        if (!course) throw new Error(`Training completed on course ${courseId}, which the training records have not seen created`);
        await client.query(
          `INSERT INTO training_records (person_id, course_id, course_title, programme_qualifications, completed_on, lapses_on, cpd_hours)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
          [learnerId, courseId, course.title, JSON.stringify(course.qualifies), completedOn, addMonths(completedOn, course.validity_months), course.cpd_hours],
        );
        return;
      }
      default:
        return;
    }
  },
  async reset(client: PoolClient) {
    await client.query('TRUNCATE training_records, training_record_courses');
  },
};
