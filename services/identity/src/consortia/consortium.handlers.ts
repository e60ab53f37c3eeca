import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, handleCommand, type EventMetadata, type EventStore } from '@tapestry/eventsourcing';
import { assertAllowed, type Principal } from '@tapestry/auth';
import { canCreateConsortium, canManageConsortium } from '../access/identity-access';
import { IdentityStore } from '../infrastructure/identity-store';
import { organisationExists } from '../people/placement-facts.queries';
import { grantRoleInTransaction } from '../roles/role.handlers';
import type { Consortium, CreateConsortiumInput } from './consortium.graphql-types';
import { consortiumDecider, type ConsortiumCommand } from './consortium.decider';
import { findConsortium } from './consortium.queries';

const consortiumStream = (consortiumId: string): string => `consortium-${consortiumId}`;

function runConsortiumCommand(events: EventStore, command: ConsortiumCommand, metadata: EventMetadata) {
  return handleCommand(events, consortiumDecider, consortiumStream(command.consortiumId), 'consortium', command, metadata, {
    retryOnConflict: true,
  });
}

export class CreateConsortiumCommand extends Command<Consortium> {
  constructor(readonly input: CreateConsortiumInput, readonly principal: Principal) {
    super();
  }
}

export class ChangeMembershipCommand extends Command<Consortium> {
  constructor(
    readonly change: 'add' | 'remove',
    readonly consortiumId: string,
    readonly organisationId: string,
    readonly principal: Principal,
  ) {
    super();
  }
}

@CommandHandler(CreateConsortiumCommand)
export class CreateConsortiumHandler implements ICommandHandler<CreateConsortiumCommand> {
  constructor(private readonly store: IdentityStore) {}

  /** The founder becomes the consortium's first admin, so someone can manage it from the start. */
  async execute({ input, principal }: CreateConsortiumCommand): Promise<Consortium> {
    assertAllowed(canCreateConsortium(principal), 'create a consortium: only organisation or consortium admins can');
    const consortiumId = randomUUID();
    const members = (input.memberOrganisationIds ?? []).map((id) => requireUuid(id, 'memberOrganisationIds'));
    const metadata = metadataFor(principal, principal.organisationId);
    await this.store.transact(async (events, client) => {
      await runConsortiumCommand(events, { type: 'CreateConsortium', consortiumId, name: input.name }, metadata);
      for (const organisationId of members) {
        const exists = await organisationExists(client, organisationId);
        await runConsortiumCommand(events, { type: 'AddConsortiumMember', consortiumId, organisationId, organisationExists: exists }, metadata);
      }
      await grantRoleInTransaction(events, principal.personId, { role: 'consortium_admin', scope: { kind: 'consortium', id: consortiumId } }, metadata);
    });
    return (await findConsortium(this.store.pool, consortiumId)) as Consortium;
  }
}

@CommandHandler(ChangeMembershipCommand)
export class ChangeMembershipHandler implements ICommandHandler<ChangeMembershipCommand> {
  constructor(private readonly store: IdentityStore) {}

  async execute({ change, consortiumId, organisationId, principal }: ChangeMembershipCommand): Promise<Consortium> {
    const consortium = requireUuid(consortiumId, 'consortiumId');
    const organisation = requireUuid(organisationId, 'organisationId');
    assertAllowed(canManageConsortium(principal, consortium), 'change the membership of a consortium you do not administer');
    const metadata = metadataFor(principal, organisation);
    await this.store.transact(async (events, client) => {
      const command: ConsortiumCommand =
        change === 'add'
          ? { type: 'AddConsortiumMember', consortiumId: consortium, organisationId: organisation, organisationExists: await organisationExists(client, organisation) }
          : { type: 'RemoveConsortiumMember', consortiumId: consortium, organisationId: organisation };
      await runConsortiumCommand(events, command, metadata);
    });
    const result = await findConsortium(this.store.pool, consortium);
    if (!result) throw new DomainError('NOT_FOUND', `No consortium with id ${consortiumId}.`);
    return result;
  }
}
