import { Injectable } from '@nestjs/common';
import type { Principal } from '@tapestry/auth';
import { handleCommand, type Decider } from '@tapestry/eventsourcing';
import { metadataFor } from '@tapestry/nest-kit';
import { requireLead, type MatchingScope } from '../access/matching-access';
import { consortiaOf } from '../directory/directory.queries';
import { MatchingStore } from '../infrastructure/matching-store';
import type { Programme } from '../optimiser/round.types';
import { policyStreamId, validPolicy, type PolicyEvent, type ProgrammePolicy } from './programme-policy';

type SetPolicy = { organisationId: string; programme: Programme; policy: ProgrammePolicy; setBy: string };

/** Setting a policy always records it; there is no state to decide against beyond validation. */
const policyDecider: Decider<SetPolicy, PolicyEvent, null> = {
  decide: (command) => [{ type: 'ProgrammePolicySet', data: { ...command, policy: validPolicy(command.policy) } }],
  evolve: (state) => state,
  initialState: null,
};

@Injectable()
export class PolicyCommands {
  constructor(private readonly store: MatchingStore) {}

  /** A lead sets how their organisation (or consortium, for consortium-wide rounds) runs a programme. */
  async setPolicy(principal: Principal, scope: MatchingScope, programme: Programme, policy: ProgrammePolicy): Promise<void> {
    const consortia = scope.kind === 'organisation' ? await consortiaOf(this.store.pool, scope.id) : [];
    requireLead(principal, scope, consortia, 'set the programme policy');
    await this.store.transact((events) =>
      handleCommand(
        events,
        policyDecider,
        policyStreamId(scope.id, programme),
        'programme_policy',
        { organisationId: scope.id, programme, policy, setBy: principal.personId },
        metadataFor(principal, scope.kind === 'organisation' ? scope.id : undefined),
      ),
    );
  }
}
