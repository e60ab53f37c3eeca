import type { Queryable } from '@tapestry/eventsourcing';
import { findCourse } from '../catalogue/course.queries';
import { toIcs } from './ics';
import type { TrainingEvent } from './training-event.graphql-types';

/** The training event's .ics invitation; a cancelled event's cancels the one sent before. */
export async function calendarInviteFor(db: Queryable, event: TrainingEvent): Promise<string> {
  const course = await findCourse(db, event.courseId);
  if (!course) throw new Error(`Training event ${event.id} names course ${event.courseId}, which is not in the catalogue`);
  return toIcs({ ...event, eventId: event.id }, course);
}
