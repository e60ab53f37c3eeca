import { PG_POOL, requireUuid } from '@tapestry/nest-kit';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Pool } from 'pg';
import { assertAllowed, CurrentPrincipal, type Principal } from '@tapestry/auth';
import { canSeeTrainingOf } from '../access/training-access';
import { organisationReachOf } from '../access/organisation-reach.queries';
import { CreateCourseCommand } from './course.handlers';
import { Course, CreateCourseInput } from './course.graphql-types';
import { listCourses } from './course.queries';

@Resolver(() => Course)
export class CourseResolver {
  constructor(private readonly commands: CommandBus, @Inject(PG_POOL) private readonly pool: Pool) {}

  @Mutation(() => Course, { description: 'Adds a course to an organisation\'s catalogue: programme leads and organisation admins' })
  createCourse(@Args('input') input: CreateCourseInput, @CurrentPrincipal() principal: Principal): Promise<Course> {
    return this.commands.execute(new CreateCourseCommand(input, principal));
  }

  @Query(() => [Course], { description: "An organisation's catalogue, retired courses included" })
  async courses(@Args('organisationId', { type: () => ID }) organisationId: string, @CurrentPrincipal() principal: Principal): Promise<Course[]> {
    const reach = await organisationReachOf(this.pool, requireUuid(organisationId, 'organisationId'));
    assertAllowed(canSeeTrainingOf(principal, reach), "see this organisation's catalogue");
    return listCourses(this.pool, reach.organisationId);
  }
}
