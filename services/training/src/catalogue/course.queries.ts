import type { Queryable } from '@tapestry/eventsourcing';
import type { Course, CourseKindType, CourseStatusType, QualificationType } from './course.graphql-types';

interface CourseRow {
  course_id: string;
  organisation_id: string;
  title: string;
  kind: CourseKindType;
  modules: string[];
  qualifies: QualificationType[];
  cpd_hours: string;
  validity_months: number;
  status: CourseStatusType;
}

const COLUMNS = 'course_id, organisation_id, title, kind, modules, qualifies, cpd_hours, validity_months, status';

function courseOf(row: CourseRow): Course {
  return {
    id: row.course_id,
    organisationId: row.organisation_id,
    title: row.title,
    kind: row.kind,
    modules: row.modules,
    qualifies: row.qualifies,
    cpdHours: Number(row.cpd_hours),
    validityMonths: row.validity_months,
    status: row.status,
  };
}

export async function findCourse(db: Queryable, courseId: string): Promise<Course | null> {
  const { rows } = await db.query<CourseRow>(`SELECT ${COLUMNS} FROM courses WHERE course_id = $1`, [courseId]);
  return rows[0] ? courseOf(rows[0]) : null;
}

/** The organisation's catalogue, by title. */
export async function listCourses(db: Queryable, organisationId: string): Promise<Course[]> {
  const { rows } = await db.query<CourseRow>(`SELECT ${COLUMNS} FROM courses WHERE organisation_id = $1 ORDER BY title, course_id`, [organisationId]);
  return rows.map(courseOf);
}
