import type { Queryable } from '@tapestry/eventsourcing';
import type { QualificationType } from '../catalogue/course.graphql-types';
import type { CoachTrainingRecord } from './coach-profile.graphql-types';

export async function trainingRecordsOf(db: Queryable, personId: string): Promise<CoachTrainingRecord[]> {
  const { rows } = await db.query<{ course_id: string; course_title: string; qualifications: QualificationType[]; completed_on: string; lapses_on: string | null; cpd_hours: string }>(
    `SELECT course_id, course_title, programme_qualifications AS qualifications, to_char(completed_on, 'YYYY-MM-DD') AS completed_on,
       to_char(lapses_on, 'YYYY-MM-DD') AS lapses_on, cpd_hours
     FROM training_records WHERE person_id = $1 ORDER BY completed_on DESC, course_title`,
    [personId],
  );
  return rows.map((row) => ({
    courseId: row.course_id,
    courseTitle: row.course_title,
    qualifies: row.qualifications.map(({ programme, role }) => ({ programme, role })),
    completedOn: row.completed_on,
    lapsesOn: row.lapses_on,
    cpdHours: Number(row.cpd_hours),
  }));
}
