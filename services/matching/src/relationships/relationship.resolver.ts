import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError } from '@tapestry/eventsourcing';
import { requireUuid } from '@tapestry/nest-kit';
import { leadsAnyOf, organisationsLedBy } from '../access/lead-reach.queries';
import { MatchingStore } from '../infrastructure/matching-store';
import { ApproveProposal } from './approve-proposal';
import { CancelSessionInput, CloseRelationshipInput, LogSessionInput, Relationship, ReportParticipation } from './relationship.graphql-types';
import { RelationshipCommands } from './relationship.commands';
import { findParties, participationOfReports, relationshipFor, relationshipsIn, relationshipsOf } from './relationship.queries';

@Resolver(() => Relationship)
export class RelationshipResolver {
  constructor(
    private readonly commands: RelationshipCommands,
    private readonly approval: ApproveProposal,
    private readonly store: MatchingStore,
  ) {}

  /** The relationship as the principal may see it: in full for the pair, status and dates for a lead, else not at all. */
  private async visible(principal: Principal, relationshipIdInput: string): Promise<Relationship> {
    const relationshipId = requireUuid(relationshipIdInput, 'relationshipId');
    const parties = await findParties(this.store.pool, relationshipId);
    const notFound = new DomainError('NOT_FOUND', `There is no relationship ${relationshipId} of yours.`, { relationshipId });
    if (!parties) throw notFound;
    const party = principal.personId === parties.coachId || principal.personId === parties.coacheeId;
    const lead = !party && (await leadsAnyOf(this.store.pool, principal, [parties.coachOrganisationId, parties.coacheeOrganisationId]));
    if (!party && !lead) throw notFound;
    const view = await relationshipFor(this.store.pool, relationshipId, { personId: principal.personId, lead });
    if (!view) throw notFound;
    return view;
  }

  @Mutation(() => Relationship, { description: 'Approve a proposed pair and introduce them: both get an email with an invitation to a chemistry meeting' })
  async approveProposal(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('chemistryMeetingAt', { type: () => Date, nullable: true, description: 'Suggested time; a weekday lunchtime a week on when unset' })
    chemistryMeetingAt: Date | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Relationship> {
    const relationshipId = await this.approval.approve(principal, roundId, requestId, chemistryMeetingAt ?? null);
    return this.visible(principal, relationshipId);
  }

  @Mutation(() => Relationship, { description: 'Either of the pair (or the lead) records that the chemistry meeting took place' })
  async recordChemistryMeeting(
    @Args('relationshipId', { type: () => ID }) relationshipId: string,
    @Args('heldOn', { description: 'YYYY-MM-DD' }) heldOn: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Relationship> {
    await this.commands.recordChemistryMeeting(principal, relationshipId, heldOn);
    return this.visible(principal, relationshipId);
  }

  @Mutation(() => Relationship, { description: 'After the chemistry meeting, each of the pair confirms; the relationship is active once both have' })
  async confirmRelationship(@Args('relationshipId', { type: () => ID }) relationshipId: string, @CurrentPrincipal() principal: Principal): Promise<Relationship> {
    await this.commands.confirm(principal, relationshipId);
    return this.visible(principal, relationshipId);
  }

  @Mutation(() => Relationship, { description: 'Either of the pair declines, with no fault; the request returns to the next round' })
  async declineRelationship(@Args('relationshipId', { type: () => ID }) relationshipId: string, @CurrentPrincipal() principal: Principal): Promise<Relationship> {
    await this.commands.decline(principal, relationshipId);
    return this.visible(principal, relationshipId);
  }

  @Mutation(() => Relationship, { description: 'Either of the pair logs a session held: date, minutes (at most 90), optional GROW stage' })
  async logSession(
    @Args('relationshipId', { type: () => ID }) relationshipId: string,
    @Args('input') input: LogSessionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Relationship> {
    await this.commands.logSession(principal, relationshipId, input);
    return this.visible(principal, relationshipId);
  }

  @Mutation(() => Relationship, { description: 'A planned session did not happen, with the reason and the new day if moved' })
  async cancelSession(
    @Args('relationshipId', { type: () => ID }) relationshipId: string,
    @Args('input') input: CancelSessionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Relationship> {
    await this.commands.cancelSession(principal, relationshipId, input);
    return this.visible(principal, relationshipId);
  }

  @Mutation(() => Relationship, { description: 'Close the relationship with a reason, an outcome and your feedback; the other side may add theirs' })
  async closeRelationship(
    @Args('relationshipId', { type: () => ID }) relationshipId: string,
    @Args('input') input: CloseRelationshipInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Relationship> {
    await this.commands.close(principal, relationshipId, input);
    return this.visible(principal, relationshipId);
  }

  @Mutation(() => Relationship, { description: 'For the programme lead: extend once, at the six-month review, by 1 to 6 months' })
  async extendRelationship(
    @Args('relationshipId', { type: () => ID }) relationshipId: string,
    @Args('months', { type: () => Int }) months: number,
    @Args('reason') reason: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Relationship> {
    await this.commands.extend(principal, relationshipId, months, reason);
    return this.visible(principal, relationshipId);
  }

  @Query(() => [Relationship], { description: 'Your relationships, as coach or mentor and as coachee or mentee' })
  myRelationships(@CurrentPrincipal() principal: Principal): Promise<Relationship[]> {
    return relationshipsOf(this.store.pool, principal.personId);
  }

  @Query(() => Relationship, { description: 'One relationship: in full for the pair; status, dates and counts for a lead over it' })
  relationship(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<Relationship> {
    return this.visible(principal, id);
  }

  @Query(() => [Relationship], { description: 'For programme leads: every relationship in the organisations they lead (no goals or sessions)' })
  async relationshipsInMyScope(@CurrentPrincipal() principal: Principal): Promise<Relationship[]> {
    const organisations = await organisationsLedBy(this.store.pool, principal);
    if (organisations.length === 0) throw new DomainError('FORBIDDEN', 'Only programme leads can list relationships.');
    return relationshipsIn(this.store.pool, organisations, principal.personId);
  }

  @Query(() => [ReportParticipation], { description: 'For line managers: which of your reports take part, and how far along; never the content' })
  myReportsParticipation(@CurrentPrincipal() principal: Principal): Promise<ReportParticipation[]> {
    return participationOfReports(this.store.pool, principal.personId);
  }
}
