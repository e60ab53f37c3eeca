import { PG_POOL, requireUuid } from '@tapestry/nest-kit';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Pool } from 'pg';
import { assertAllowed, CurrentPrincipal, type Principal } from '@tapestry/auth';
import { organisationReachOf } from '../access/organisation-reach.queries';
import { canManageCoachDevelopment } from '../profile/coach-access';
import { AddAssessmentCentreCandidateCommand, PlanAssessmentCentreCommand, RecordAssessmentCentreOutcomeCommand } from './assessment-centre.handlers';
import { AssessmentCentre, CandidateOutcomeType, PlanAssessmentCentreInput } from './assessment-centre.graphql-types';
import { assessmentCentreView, centresOf } from './assessment-centre.queries';

@Resolver()
export class AssessmentCentreResolver {
  constructor(private readonly commands: CommandBus, @Inject(PG_POOL) private readonly pool: Pool) {}

  @Mutation(() => AssessmentCentre, { description: 'A programme lead plans a centre to select coaches into the pool' })
  planAssessmentCentre(@Args('input') input: PlanAssessmentCentreInput, @CurrentPrincipal() principal: Principal): Promise<AssessmentCentre> {
    return this.commands.execute(new PlanAssessmentCentreCommand(input, principal));
  }

  @Mutation(() => AssessmentCentre)
  addAssessmentCentreCandidate(
    @Args('centreId', { type: () => ID }) centreId: string,
    @Args('personId', { type: () => ID }) personId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AssessmentCentre> {
    return this.commands.execute(new AddAssessmentCentreCandidateCommand(centreId, personId, principal));
  }

  @Mutation(() => AssessmentCentre, { description: "One of the centre's assessors records a candidate's outcome, from the day of the centre" })
  recordAssessmentCentreOutcome(
    @Args('centreId', { type: () => ID }) centreId: string,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('outcome', { type: () => CandidateOutcomeType }) outcome: CandidateOutcomeType,
    @Args('feedback', { description: 'For the candidate' }) feedback: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AssessmentCentre> {
    return this.commands.execute(new RecordAssessmentCentreOutcomeCommand(centreId, personId, outcome, feedback, principal));
  }

  @Query(() => [AssessmentCentre], { description: "An organisation's assessment centres, newest first: for its programme leads, admins and the centres' assessors" })
  async assessmentCentres(@Args('organisationId', { type: () => ID }) organisationId: string, @CurrentPrincipal() principal: Principal): Promise<AssessmentCentre[]> {
    const reach = await organisationReachOf(this.pool, requireUuid(organisationId, 'organisationId'));
    const runsThem = canManageCoachDevelopment(principal, reach);
    const centres = (await centresOf(this.pool, reach.organisationId)).filter((centre) => runsThem || centre.assessors.includes(principal.personId));
    assertAllowed(runsThem || centres.length > 0, "see this organisation's assessment centres");
    return Promise.all(centres.map((centre) => assessmentCentreView(this.pool, centre, reach, principal)));
  }
}
