import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, handleCommand, type EventMetadata, type EventStore, type Queryable } from '@tapestry/eventsourcing';
import { assertAllowed, type Principal, type RoleGrant } from '@tapestry/auth';
import { canGrant } from '../access/identity-access';
import { personReach } from '../access/reach.queries';
import { IdentityStore } from '../infrastructure/identity-store';
import { PersonStatus, type Person } from '../people/person.graphql-types';
import { findPerson } from '../people/person.queries';
import { roleGrantsDecider } from './role.decider';

export const roleStream = (personId: string): string => `roles-${personId}`;

/** Grants inside the caller's transaction, for a person the caller has just registered (so the facts hold). */
export async function grantRoleInTransaction(events: EventStore, personId: string, grant: RoleGrant, metadata: EventMetadata): Promise<void> {
  await handleCommand(
    events,
    roleGrantsDecider,
    roleStream(personId),
    'role-grants',
    { type: 'GrantRole', personId, role: grant.role, scope: grant.scope, facts: { personExists: true, scopeExists: true } },
    metadata,
  );
}

export class ChangeRoleCommand extends Command<Person> {
  constructor(
    readonly change: 'grant' | 'revoke',
    readonly personId: string,
    readonly grant: RoleGrant,
    readonly principal: Principal,
  ) {
    super();
  }
}

async function scopeExists(db: Queryable, grant: RoleGrant): Promise<boolean> {
  const table = grant.scope.kind === 'organisation' ? 'organisations' : 'consortia';
  const { rowCount } = await db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [grant.scope.id]);
  return (rowCount ?? 0) > 0;
}

@CommandHandler(ChangeRoleCommand)
export class ChangeRoleHandler implements ICommandHandler<ChangeRoleCommand> {
  constructor(private readonly store: IdentityStore) {}

  async execute({ change, personId, grant, principal }: ChangeRoleCommand): Promise<Person> {
    const id = requireUuid(personId, 'personId');
    const scoped: RoleGrant = { role: grant.role, scope: { kind: grant.scope.kind, id: requireUuid(grant.scope.id, 'scopeId') } };
    const target = await personReach(this.store.pool, id);
    if (!target) throw new DomainError('NOT_FOUND', `No person with id ${personId}.`, { field: 'personId' });
    assertAllowed(canGrant(principal, scoped, target), `${change} ${grant.role} roles in that ${grant.scope.kind}`);
    const metadata = metadataFor(principal, target.organisationId);
    await this.store.transact(async (events, client) => {
      const person = await findPerson(client, id);
      const command =
        change === 'grant'
          ? {
              type: 'GrantRole' as const,
              personId: id,
              role: scoped.role,
              scope: scoped.scope,
              facts: { personExists: person?.status === PersonStatus.ACTIVE, scopeExists: await scopeExists(client, scoped) },
            }
          : { type: 'RevokeRole' as const, personId: id, role: scoped.role, scope: scoped.scope };
      await handleCommand(events, roleGrantsDecider, roleStream(id), 'role-grants', command, metadata, { retryOnConflict: true });
    });
    return (await findPerson(this.store.pool, id)) as Person;
  }
}
