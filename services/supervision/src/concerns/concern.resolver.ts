import { Args, Field, ID, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { SupervisionStore } from '../infrastructure/supervision-store';
import { ConcernCommands } from './concern.commands';
import { concernsFor, type ConcernView } from './concern.queries';

export enum ConcernKindType {
  ETHICAL = 'ethical',
  SAFEGUARDING = 'safeguarding',
}
registerEnumType(ConcernKindType, { name: 'ConcernKind' });

@ObjectType()
export class ConcernAuditEntry {
  @Field() at!: Date;
  @Field(() => ID) actorId!: string;
  @Field({ description: 'raised, viewed, acknowledged or resolved' }) action!: string;
}

@ObjectType({ description: 'An ethical or safeguarding concern: for the coach who raised it and the people it went to' })
export class Concern implements ConcernView {
  @Field(() => ID) id!: string;
  @Field(() => ConcernKindType) kind!: ConcernKindType;
  @Field(() => ID) relationshipId!: string;
  @Field(() => ID) raisedBy!: string;
  @Field() summary!: string;
  @Field({ description: 'raised, acknowledged or resolved' }) status!: string;
  @Field() raisedAt!: Date;
  @Field(() => String, { nullable: true }) resolution!: string | null;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => [ConcernAuditEntry]) audit!: ConcernAuditEntry[];
}

@Resolver(() => Concern)
export class ConcernResolver {
  constructor(
    private readonly commands: ConcernCommands,
    private readonly store: SupervisionStore,
  ) {}

  private async one(principal: Principal, concernId: string): Promise<Concern> {
    const [concern] = (await concernsFor(this.store.pool, principal.personId)).filter((candidate) => candidate.id === concernId);
    if (!concern) throw new DomainError('NOT_FOUND', `There is no concern ${concernId} you may see.`, { concernId });
    return concern as Concern;
  }

  @Mutation(() => Concern, { description: 'For a coach: raise a concern about one of your relationships; it goes to your supervisors' })
  async raiseConcern(
    @Args('relationshipId', { type: () => ID }) relationshipId: string,
    @Args('kind', { type: () => ConcernKindType }) kind: ConcernKindType,
    @Args('summary') summary: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Concern> {
    return this.one(principal, await this.commands.raise(principal, relationshipId, kind, summary));
  }

  @Mutation(() => Concern, { description: 'For the people a concern went to: resolve it, saying how' })
  async resolveConcern(
    @Args('concernId', { type: () => ID }) concernId: string,
    @Args('resolution') resolution: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Concern> {
    await this.commands.resolve(principal, concernId, resolution);
    return this.one(principal, concernId);
  }

  @Query(() => [Concern], { description: 'Concerns you raised or that went to you, newest first, each with its audit trail' })
  async concerns(@CurrentPrincipal() principal: Principal): Promise<Concern[]> {
    return (await concernsFor(this.store.pool, principal.personId)) as Concern[];
  }
}
