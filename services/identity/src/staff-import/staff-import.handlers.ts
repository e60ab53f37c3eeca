import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { GraphQLError } from 'graphql';
import { DomainError } from '@tapestry/eventsourcing';
import { assertAllowed, isOrganisationAdmin, type Principal } from '@tapestry/auth';
import { calendarDate, type CalendarDate } from '../common';
import { IdentityStore } from '../infrastructure/identity-store';
import { runOrganisationCommand } from '../organisations/organisation.handlers';
import { organisationExists } from '../people/placement-facts.queries';
import { runPersonCommand } from '../people/person-writes';
import { grantRoleInTransaction } from '../roles/role.handlers';
import type { ImportError } from './import-error';
import { importSnapshot } from './import-snapshot.queries';
import { parseEsrStaffCsv } from './parse-esr-staff-csv';
import { planImport } from './plan-import';
import type { StaffImportResult } from './staff-import.graphql-types';

/** An ESR export for a large trust is some thousands of rows; these bounds refuse a wrong file early. */
export const STAFF_IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 20_000 };

export class ImportStaffCommand extends Command<StaffImportResult> {
  constructor(readonly organisationId: string, readonly csv: string, readonly principal: Principal, readonly today: Date) {
    super();
  }
}

function rejected(errors: ImportError[]): GraphQLError {
  const problems = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
  return new GraphQLError(`The staff list has ${problems}; nothing was imported. Fix every listed row and import the file again.`, {
    extensions: { code: 'STAFF_IMPORT_REJECTED', errors: errors.map((error) => ({ column: null, ...error })) },
  });
}

/** All or nothing: the plan is decided and appended in one transaction, so a failure leaves identity as it was. */
@CommandHandler(ImportStaffCommand)
export class ImportStaffHandler implements ICommandHandler<ImportStaffCommand> {
  constructor(private readonly store: IdentityStore) {}

  async execute({ organisationId, csv, principal, today }: ImportStaffCommand): Promise<StaffImportResult> {
    const id = requireUuid(organisationId, 'organisationId');
    assertAllowed(isOrganisationAdmin(principal, id), 'import staff into an organisation you do not administer');
    if (!(await organisationExists(this.store.pool, id))) throw new DomainError('NOT_FOUND', `No organisation with id ${organisationId}.`);
    const snapshot = await importSnapshot(this.store.pool, id);
    const known = new Set(snapshot.people.flatMap((person) => person.profile.employeeNumber ?? []));
    const parsed = parseEsrStaffCsv(csv, { ...STAFF_IMPORT_LIMITS, knownEmployeeNumbers: known });
    if ('errors' in parsed) throw rejected(parsed.errors);
    const effectiveDate = calendarDate(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()) as CalendarDate;
    const plan = planImport(parsed.ok, snapshot, { newId: randomUUID, effectiveDate });
    if ('errors' in plan) throw rejected(plan.errors);
    const metadata = metadataFor(principal, id);
    if (plan.ok.commands.length > 0) {
      await this.store.transact(async (events) => {
        for (const command of plan.ok.commands) {
          if (command.type === 'AddSite' || command.type === 'AddDirectorate') {
            await runOrganisationCommand(events, command, metadata);
            continue;
          }
          await runPersonCommand(events, command, metadata);
          if (command.type === 'RegisterPerson') {
            await grantRoleInTransaction(events, command.personId, { role: 'staff', scope: { kind: 'organisation', id } }, metadata);
          }
        }
      });
    }
    const { registered, updated, moved, unchanged, sitesCreated, directoratesCreated } = plan.ok.summary;
    return { registered, updated, moved, unchanged, sitesCreated, directoratesCreated };
  }
}
