import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Command } from '@nestjs/cqrs';
import { DomainError } from '@tapestry/eventsourcing';
import { assertAllowed, type Principal } from '@tapestry/auth';
import { canManagePeopleOf } from '../access/identity-access';
import { IdentityStore } from '../infrastructure/identity-store';
import { parseBand } from '../staff-groups';
import { PasswordService } from '../accounts/password.service';
import { grantRoleInTransaction } from '../roles/role.handlers';
import type { Person, RegisterPersonInput, UpdatePersonInput } from './person.graphql-types';
import { findPerson } from './person.queries';
import { organisationExists, placementFacts } from './placement-facts.queries';
import { runPersonCommand } from './person-writes';

export class RegisterPersonCommand extends Command<Person> {
  constructor(readonly input: RegisterPersonInput, readonly principal: Principal) {
    super();
  }
}

export class UpdatePersonCommand extends Command<Person> {
  constructor(readonly personId: string, readonly input: UpdatePersonInput, readonly principal: Principal, readonly today: string) {
    super();
  }
}

export class RecordLeaverCommand extends Command<Person> {
  constructor(
    readonly personId: string,
    readonly leavingDate: string,
    readonly reason: string,
    readonly detail: string | null,
    readonly principal: Principal,
  ) {
    super();
  }
}

function bandOf(text: string) {
  const band = parseBand(text);
  if (!band) throw new DomainError('BAD_USER_INPUT', 'Give a band or grade, e.g. "Band 6", "ST3" or "Consultant".', { field: 'band' });
  return band;
}

/** The person's organisation, checking the caller administers it. */
async function managedPerson(store: IdentityStore, personId: string, principal: Principal): Promise<Person> {
  const person = await findPerson(store.pool, requireUuid(personId, 'personId'));
  if (!person) throw new DomainError('NOT_FOUND', `No person with id ${personId}.`, { personId });
  assertAllowed(canManagePeopleOf(principal, person.organisationId), "change people in another organisation's staff list");
  return person;
}

@CommandHandler(RegisterPersonCommand)
export class RegisterPersonHandler implements ICommandHandler<RegisterPersonCommand> {
  constructor(private readonly store: IdentityStore, private readonly passwords: PasswordService) {}

  async execute({ input, principal }: RegisterPersonCommand): Promise<Person> {
    const organisationId = requireUuid(input.organisationId, 'organisationId');
    assertAllowed(canManagePeopleOf(principal, organisationId), 'register people in an organisation you do not administer');
    const wanted = {
      siteId: input.siteId ? requireUuid(input.siteId, 'siteId') : null,
      directorateId: input.directorateId ? requireUuid(input.directorateId, 'directorateId') : null,
      lineManagerId: input.lineManagerId ? requireUuid(input.lineManagerId, 'lineManagerId') : null,
    };
    const passwordHash = input.initialPassword ? await this.passwords.hashNew(input.initialPassword, input.email) : null;
    const personId = randomUUID();
    const metadata = metadataFor(principal, organisationId);
    await this.store.transact(async (events, client) => {
      const facts = await placementFacts(client, organisationId, wanted);
      await runPersonCommand(
        events,
        {
          type: 'RegisterPerson',
          personId,
          organisationId,
          name: { given: input.givenName, family: input.familyName },
          email: input.email,
          jobTitle: input.jobTitle,
          staffGroup: input.staffGroup,
          band: bandOf(input.band),
          shiftPattern: input.shiftPattern,
          clinical: input.clinical,
          startDate: input.startDate,
          ...wanted,
          facts: { ...facts, organisationExists: await organisationExists(client, organisationId), emailTaken: false },
        },
        metadata,
      );
      await grantRoleInTransaction(events, personId, { role: 'staff', scope: { kind: 'organisation', id: organisationId } }, metadata);
      if (passwordHash) await this.passwords.setInTransaction(events, personId, passwordHash, metadata);
    });
    return (await findPerson(this.store.pool, personId)) as Person;
  }
}

@CommandHandler(UpdatePersonCommand)
export class UpdatePersonHandler implements ICommandHandler<UpdatePersonCommand> {
  constructor(private readonly store: IdentityStore) {}

  async execute({ personId, input, principal, today }: UpdatePersonCommand): Promise<Person> {
    const person = await managedPerson(this.store, personId, principal);
    const metadata = metadataFor(principal, person.organisationId);
    const placement = {
      ...(input.jobTitle != null ? { jobTitle: input.jobTitle } : {}),
      ...(input.staffGroup != null ? { staffGroup: input.staffGroup } : {}),
      ...(input.band != null ? { band: bandOf(input.band) } : {}),
      ...(input.siteId !== undefined ? { siteId: input.siteId ? requireUuid(input.siteId, 'siteId') : null } : {}),
      ...(input.directorateId !== undefined
        ? { directorateId: input.directorateId ? requireUuid(input.directorateId, 'directorateId') : null }
        : {}),
      ...(input.lineManagerId !== undefined
        ? { lineManagerId: input.lineManagerId ? requireUuid(input.lineManagerId, 'lineManagerId') : null }
        : {}),
    };
    const details = {
      ...(input.givenName != null || input.familyName != null
        ? { name: { given: input.givenName ?? person.givenName, family: input.familyName ?? person.familyName } }
        : {}),
      ...(input.email != null ? { email: input.email } : {}),
      ...(input.shiftPattern != null ? { shiftPattern: input.shiftPattern } : {}),
      ...(input.clinical != null ? { clinical: input.clinical } : {}),
    };
    await this.store.transact(async (events, client) => {
      if (Object.keys(details).length > 0) {
        await runPersonCommand(events, { type: 'UpdatePerson', personId: person.id, changes: details, facts: { emailTaken: false } }, metadata);
      }
      if (Object.keys(placement).length > 0) {
        const facts = await placementFacts(client, person.organisationId, placement);
        const effectiveDate = input.effectiveDate ?? today;
        await runPersonCommand(events, { type: 'MovePerson', personId: person.id, effectiveDate, changes: placement, facts }, metadata);
      }
    });
    return (await findPerson(this.store.pool, person.id)) as Person;
  }
}

@CommandHandler(RecordLeaverCommand)
export class RecordLeaverHandler implements ICommandHandler<RecordLeaverCommand> {
  constructor(private readonly store: IdentityStore) {}

  async execute({ personId, leavingDate, reason, detail, principal }: RecordLeaverCommand): Promise<Person> {
    const person = await managedPerson(this.store, personId, principal);
    const metadata = metadataFor(principal, person.organisationId);
    await this.store.transact((events) =>
      runPersonCommand(events, { type: 'RecordLeaver', personId: person.id, leavingDate, reason, detail }, metadata),
    );
    return (await findPerson(this.store.pool, person.id)) as Person;
  }
}

