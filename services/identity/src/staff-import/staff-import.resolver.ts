import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { ImportStaffCommand } from './staff-import.handlers';
import { StaffImportResult } from './staff-import.graphql-types';

@Resolver()
export class StaffImportResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => StaffImportResult, {
    description: 'Imports an NHS ESR staff export (CSV). Re-importing the same file changes nothing; a changed row becomes a move',
  })
  importStaff(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('csv') csv: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StaffImportResult> {
    return this.commands.execute(new ImportStaffCommand(organisationId, csv, principal, new Date()));
  }
}
