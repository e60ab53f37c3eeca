export { courseDecider, decideCourse } from './course.decider';
export type { CourseCommand, CreateCourse, RetireCourse } from './course.commands';
export type { CourseCreated, CourseDetails, CourseEvent, CourseRetired } from './course.events';
export { evolveCourse, initialCourseState } from './course.state';
export type { CourseState } from './course.state';
export { COURSE_KINDS, FOUNDATION_MODULES, isCourseKind } from './course-kind';
export type { CourseKind } from './course-kind';
export { MAX_CPD_HOURS_PER_COURSE, MAX_VALIDITY_MONTHS } from './course.rules';
export {
  isPractitionerRole,
  isProgramme,
  PRACTITIONER_ROLES,
  PROGRAMME_LABELS,
  PROGRAMMES,
  sameQualification,
} from './programmes';
export type { PractitionerRole, Programme, Qualification } from './programmes';
