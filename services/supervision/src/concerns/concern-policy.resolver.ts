import { Injectable } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError, handleCommand } from '@tapestry/eventsourcing';
import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { holdsOver } from '../access/supervision-access';
import { SupervisionStore } from '../infrastructure/supervision-store';
import { concernPolicyDecider } from './concern-policy.projection';

@Injectable()
@Resolver()
export class ConcernPolicyResolver {
  constructor(private readonly store: SupervisionStore) {}

  @Mutation(() => Boolean, { description: 'For an organisation admin or programme lead: whether concerns also go to the programme lead' })
  async setConcernPolicy(
    @Args('organisationId', { type: () => ID }) organisationIdInput: string,
    @Args('sendToProgrammeLead') sendToProgrammeLead: boolean,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    const organisationId = requireUuid(organisationIdInput, 'organisationId');
    if (!(await holdsOver(this.store.pool, principal, ['organisation_admin', 'programme_lead'], organisationId))) {
      throw new DomainError('FORBIDDEN', 'Only an organisation admin or programme lead can set where concerns go.');
    }
    await this.store.transact((events) =>
      handleCommand(
        events,
        concernPolicyDecider,
        `concern-policy-${organisationId}`,
        'concern_policy',
        { organisationId, sendToProgrammeLead, setBy: principal.personId },
        metadataFor(principal, organisationId),
      ),
    );
    return true;
  }
}
