import { ignoreUnknownEvent } from '../common';
import type { CourseDetails, CourseEvent } from './course.events';

export type CourseState =
  | { status: 'absent' }
  | { status: 'offered'; courseId: string; course: CourseDetails }
  | { status: 'retired'; courseId: string; course: CourseDetails; retiredAt: string };

export const initialCourseState: CourseState = { status: 'absent' };

export function evolveCourse(state: CourseState, event: CourseEvent): CourseState {
  switch (event.type) {
    case 'CourseCreated': {
      const { courseId, createdBy: _createdBy, createdAt: _createdAt, ...course } = event.data;
      return { status: 'offered', courseId, course };
    }
    case 'CourseRetired':
      if (state.status !== 'offered') return state;
      return { status: 'retired', courseId: state.courseId, course: state.course, retiredAt: event.data.retiredAt };
    default:
      ignoreUnknownEvent(event);
      return state;
  }
}
