import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, handleCommand, type EventStore, type EventMetadata } from '@tapestry/eventsourcing';
import { assertAllowed, isOrganisationAdmin, type Principal } from '@tapestry/auth';
import { canCreateOrganisation } from '../access/identity-access';
import { IdentityStore } from '../infrastructure/identity-store';
import type { CreateOrganisationInput, Organisation } from './organisation.graphql-types';
import { findOrganisation } from './organisation.queries';
import { organisationDecider, type OrganisationCommand } from './organisation.decider';

export const organisationStream = (organisationId: string): string => `organisation-${organisationId}`;

export function runOrganisationCommand(events: EventStore, command: OrganisationCommand, metadata: EventMetadata) {
  return handleCommand(events, organisationDecider, organisationStream(command.organisationId), 'organisation', command, metadata, {
    retryOnConflict: true,
  });
}

export class CreateOrganisationCommand extends Command<Organisation> {
  constructor(readonly input: CreateOrganisationInput, readonly principal: Principal) {
    super();
  }
}

export class AddPlaceCommand extends Command<Organisation> {
  constructor(readonly kind: 'site' | 'directorate', readonly organisationId: string, readonly name: string, readonly principal: Principal) {
    super();
  }
}

@CommandHandler(CreateOrganisationCommand)
export class CreateOrganisationHandler implements ICommandHandler<CreateOrganisationCommand> {
  constructor(private readonly store: IdentityStore) {}

  async execute({ input, principal }: CreateOrganisationCommand): Promise<Organisation> {
    assertAllowed(canCreateOrganisation(principal), 'create organisations: ask a consortium admin');
    const organisationId = randomUUID();
    const metadata = metadataFor(principal, organisationId);
    await this.store.transact(async (events) => {
      await runOrganisationCommand(events, { type: 'CreateOrganisation', organisationId, name: input.name, kind: input.kind, odsCode: input.odsCode }, metadata);
      for (const name of input.sites ?? []) {
        await runOrganisationCommand(events, { type: 'AddSite', organisationId, siteId: randomUUID(), name }, metadata);
      }
      for (const name of input.directorates ?? []) {
        await runOrganisationCommand(events, { type: 'AddDirectorate', organisationId, directorateId: randomUUID(), name }, metadata);
      }
    });
    return (await findOrganisation(this.store.pool, organisationId)) as Organisation;
  }
}

@CommandHandler(AddPlaceCommand)
export class AddPlaceHandler implements ICommandHandler<AddPlaceCommand> {
  constructor(private readonly store: IdentityStore) {}

  async execute({ kind, organisationId, name, principal }: AddPlaceCommand): Promise<Organisation> {
    const id = requireUuid(organisationId, 'organisationId');
    assertAllowed(isOrganisationAdmin(principal, id), `add a ${kind} to an organisation you do not administer`);
    const command: OrganisationCommand =
      kind === 'site'
        ? { type: 'AddSite', organisationId: id, siteId: randomUUID(), name }
        : { type: 'AddDirectorate', organisationId: id, directorateId: randomUUID(), name };
    await this.store.transact((events) => runOrganisationCommand(events, command, metadataFor(principal, id)));
    const organisation = await findOrganisation(this.store.pool, id);
    if (!organisation) throw new DomainError('NOT_FOUND', `No organisation with id ${organisationId}.`);
    return organisation;
  }
}
