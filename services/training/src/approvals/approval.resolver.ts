import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Pool } from 'pg';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { PG_POOL } from '@tapestry/nest-kit';
import { ProgrammeType } from '../catalogue/course.graphql-types';
import { DecideManagerApprovalCommand, RequestManagerApprovalCommand } from './approval.handlers';
import { ApprovalKindType, ManagerApproval } from './approval.graphql-types';
import { approvalsOfPerson, pendingApprovalsFor } from './approval.queries';

@Resolver(() => ManagerApproval)
export class ApprovalResolver {
  constructor(private readonly commands: CommandBus, @Inject(PG_POOL) private readonly pool: Pool) {}

  @Mutation(() => ManagerApproval, { description: 'Asks your current line manager to agree; routed to whoever manages you now' })
  requestManagerApproval(
    @Args('kind', { type: () => ApprovalKindType }) kind: ApprovalKindType,
    @Args('programme', { type: () => ProgrammeType }) programme: ProgrammeType,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ManagerApproval> {
    return this.commands.execute(new RequestManagerApprovalCommand(kind, programme, principal));
  }

  @Mutation(() => ManagerApproval, {
    description: "The person's current line manager decides; an organisation admin may decide for an absent one, and is recorded as such",
  })
  decideManagerApproval(
    @Args('approvalId', { type: () => ID }) approvalId: string,
    @Args('approve') approve: boolean,
    @Args('reason', { type: () => String, nullable: true, description: 'Required to decline' }) reason: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ManagerApproval> {
    return this.commands.execute(new DecideManagerApprovalCommand(approvalId, approve, reason, principal));
  }

  @Query(() => [ManagerApproval], { description: 'Requests waiting for your answer as line manager, oldest first' })
  pendingApprovals(@CurrentPrincipal() principal: Principal): Promise<ManagerApproval[]> {
    return pendingApprovalsFor(this.pool, principal.personId);
  }

  @Query(() => [ManagerApproval], { description: 'Your own approval requests, newest first' })
  myApprovals(@CurrentPrincipal() principal: Principal): Promise<ManagerApproval[]> {
    return approvalsOfPerson(this.pool, principal.personId);
  }
}
