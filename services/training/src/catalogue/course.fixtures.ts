import type { CreateCourse } from './course.commands';
import type { CourseCreated } from './course.events';
import { FOUNDATION_MODULES } from './course-kind';

export const courseCreatedAt = new Date('2025-01-06T10:00:00.000Z');

/** The foundation training day, qualifying coaches and mentors for general C&M, valid for three years. */
export function createFoundationCourse(overrides: Partial<CreateCourse> = {}): CreateCourse {
  return {
    type: 'CreateCourse',
    courseId: 'course-1',
    organisationId: 'org-1',
    title: 'Coaching and mentoring foundation day',
    kind: 'foundation',
    modules: [...FOUNDATION_MODULES],
    qualifies: [
      { programme: 'general', role: 'coach' },
      { programme: 'general', role: 'mentor' },
    ],
    cpdHours: 6.5,
    validityMonths: 36,
    createdBy: 'lead-1',
    now: courseCreatedAt,
    ...overrides,
  };
}

export const foundationCourseCreated: CourseCreated = {
  type: 'CourseCreated',
  data: {
    courseId: 'course-1',
    organisationId: 'org-1',
    title: 'Coaching and mentoring foundation day',
    kind: 'foundation',
    modules: [...FOUNDATION_MODULES],
    qualifies: [
      { programme: 'general', role: 'coach' },
      { programme: 'general', role: 'mentor' },
    ],
    cpdHours: 6.5,
    validityMonths: 36,
    createdBy: 'lead-1',
    createdAt: '2025-01-06T10:00:00.000Z',
  },
};
