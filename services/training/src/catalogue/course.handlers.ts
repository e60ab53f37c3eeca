import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertAllowed, type Principal } from '@tapestry/auth';
import { foldStream, handleCommand, type EventStore } from '@tapestry/eventsourcing';
import { canRunTrainingFor } from '../access/training-access';
import { organisationReachOf } from '../access/organisation-reach.queries';
import { TrainingClock } from '../infrastructure/training-clock';
import { TrainingStore } from '../infrastructure/training-store';
import type { CourseStatusFact } from '../events';
import { courseDecider } from './course.decider';
import type { Course, CreateCourseInput } from './course.graphql-types';
import { findCourse } from './course.queries';

export const courseStream = (courseId: string): string => `course-${courseId}`;
export const COURSE_STREAM_TYPE = 'course';

/** Whether a course exists and is still offered, from its own stream (inside the caller's transaction). */
export async function courseStatusOf(events: EventStore, courseId: string): Promise<CourseStatusFact> {
  const { state } = foldStream(courseDecider, await events.readStream(courseStream(courseId)));
  return state.status === 'absent' ? 'unknown' : state.status;
}

export class CreateCourseCommand extends Command<Course> {
  constructor(readonly input: CreateCourseInput, readonly principal: Principal) {
    super();
  }
}

@CommandHandler(CreateCourseCommand)
export class CreateCourseHandler implements ICommandHandler<CreateCourseCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ input, principal }: CreateCourseCommand): Promise<Course> {
    const organisationId = requireUuid(input.organisationId, 'organisationId');
    assertAllowed(canRunTrainingFor(principal, await organisationReachOf(this.store.pool, organisationId)), 'add courses to this organisation\'s catalogue');
    const courseId = randomUUID();
    const command = {
      type: 'CreateCourse',
      courseId,
      organisationId,
      title: input.title,
      kind: input.kind,
      modules: input.modules,
      qualifies: input.qualifies,
      cpdHours: input.cpdHours,
      validityMonths: input.validityMonths,
      createdBy: principal.personId,
      now: this.clock.now(),
    } as const;
    await this.store.transact((events) =>
      handleCommand(events, courseDecider, courseStream(courseId), COURSE_STREAM_TYPE, command, metadataFor(principal, organisationId)),
    );
    return (await findCourse(this.store.pool, courseId)) as Course;
  }
}
