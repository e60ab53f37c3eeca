import type { Decider } from '@tapestry/eventsourcing';
import { DomainError } from '@tapestry/eventsourcing';
import { assertNever, requireText } from '../common';
import type { CourseCommand, CreateCourse, RetireCourse } from './course.commands';
import type { CourseEvent } from './course.events';
import { validCpdHours, validKind, validModules, validQualifications, validValidityMonths } from './course.rules';
import type { CourseState } from './course.state';
import { evolveCourse, initialCourseState } from './course.state';

function create(command: CreateCourse, state: CourseState): CourseEvent[] {
  if (state.status !== 'absent') {
    throw new DomainError('COURSE_EXISTS', `Course ${command.courseId} already exists.`, { courseId: command.courseId });
  }
  return [
    {
      type: 'CourseCreated',
      data: {
        courseId: command.courseId,
        organisationId: command.organisationId,
        title: requireText(command.title, 'Course title', 120),
        kind: validKind(command.kind),
        modules: validModules(command.modules),
        qualifies: validQualifications(command.qualifies),
        cpdHours: validCpdHours(command.cpdHours),
        validityMonths: validValidityMonths(command.validityMonths),
        createdBy: command.createdBy,
        createdAt: command.now.toISOString(),
      },
    },
  ];
}

/** Retiring stops new training events; completions already earned keep counting until they lapse. */
function retire(command: RetireCourse, state: CourseState): CourseEvent[] {
  switch (state.status) {
    case 'absent':
      throw new DomainError('NOT_FOUND', `Course ${command.courseId} does not exist.`, { courseId: command.courseId });
    case 'retired':
      return [];
    case 'offered':
      return [{ type: 'CourseRetired', data: { courseId: command.courseId, retiredBy: command.retiredBy, retiredAt: command.now.toISOString() } }];
    default:
      return assertNever(state);
  }
}

export function decideCourse(command: CourseCommand, state: CourseState): CourseEvent[] {
  switch (command.type) {
    case 'CreateCourse':
      return create(command, state);
    case 'RetireCourse':
      return retire(command, state);
    default:
      return assertNever(command);
  }
}

export const courseDecider: Decider<CourseCommand, CourseEvent, CourseState> = {
  decide: decideCourse,
  evolve: evolveCourse,
  initialState: initialCourseState,
};
