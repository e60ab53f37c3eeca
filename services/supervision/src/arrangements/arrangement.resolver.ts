import { Args, ID, Mutation, registerEnumType, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { ArrangementCommands } from './arrangement.commands';

export enum SupervisionFormatType {
  ONE_TO_ONE = 'one_to_one',
  GROUP = 'group',
}
registerEnumType(SupervisionFormatType, { name: 'SupervisionFormat' });

@Resolver()
export class ArrangementResolver {
  constructor(private readonly commands: ArrangementCommands) {}

  @Mutation(() => Boolean, { description: 'For a programme lead or organisation admin: a supervisor takes a coach on, one-to-one or in a group' })
  async assignSupervisor(
    @Args('coachId', { type: () => ID }) coachId: string,
    @Args('supervisorId', { type: () => ID }) supervisorId: string,
    @Args('format', { type: () => SupervisionFormatType, nullable: true }) format: SupervisionFormatType | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.commands.assign(principal, coachId, supervisorId, format ?? SupervisionFormatType.ONE_TO_ONE);
    return true;
  }

  @Mutation(() => Boolean, { description: 'For a programme lead or organisation admin: another supervisor takes the coach over' })
  async handOverSupervision(
    @Args('coachId', { type: () => ID }) coachId: string,
    @Args('fromSupervisorId', { type: () => ID }) fromSupervisorId: string,
    @Args('toSupervisorId', { type: () => ID }) toSupervisorId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.commands.handOver(principal, coachId, fromSupervisorId, toSupervisorId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'For the supervisor, or a lead or admin over the coach: the supervision ends' })
  async endSupervision(
    @Args('coachId', { type: () => ID }) coachId: string,
    @Args('supervisorId', { type: () => ID }) supervisorId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.commands.end(principal, coachId, supervisorId, reason);
    return true;
  }
}
