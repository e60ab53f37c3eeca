import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@tapestry/auth';
import { DomainError, foldStream, handleCommand } from '@tapestry/eventsourcing';
import { metadataFor, requireText, requireUuid } from '@tapestry/nest-kit';
import { requireLead, type MatchingScope } from '../access/matching-access';
import { consortiaOf } from '../directory/directory.queries';
import { MatchingClock } from '../infrastructure/matching-clock';
import { MatchingStore } from '../infrastructure/matching-store';
import { runRound } from '../optimiser';
import type { Programme } from '../optimiser/round.types';
import { policyFor } from '../policy/programme-policy.projection';
import { boardDecider, boardStreamId, type BoardCommand, type PairDecision, type RoundRecord } from './board.decider';
import { loadRoundInput } from './round-input.queries';

/** The lead's side of matching: run a round over the scope's open requests and pool; pin or exclude pairs and re-run. */
@Injectable()
export class RoundCommands {
  constructor(
    private readonly store: MatchingStore,
    private readonly clock: MatchingClock,
  ) {}

  private async requireLeadOf(principal: Principal, scope: MatchingScope, action: string): Promise<void> {
    const consortia = scope.kind === 'organisation' ? await consortiaOf(this.store.pool, scope.id) : [];
    requireLead(principal, scope, consortia, action);
  }

  async runMatchingRound(principal: Principal, scope: MatchingScope, programme: Programme): Promise<RoundRecord> {
    await this.requireLeadOf(principal, scope, 'run a matching round');
    const now = this.clock.now();
    const boardId = boardStreamId(scope.id, programme);
    const board = foldStream(boardDecider, await this.store.events.readStream(boardId)).state;
    const { weights } = await policyFor(this.store.pool, scope.id, programme);
    const input = await loadRoundInput(this.store.pool, scope, programme, now, { weights, board });
    const result = await runRound(input);
    const inRound = new Set(input.requests.map((request) => request.requestId));
    const round: RoundRecord = {
      roundId: randomUUID(),
      scopeKind: scope.kind,
      scopeId: scope.id,
      programme,
      ranAt: now.toISOString(),
      ranBy: principal.personId,
      weights,
      requestIds: input.requests.map((request) => request.requestId),
      coachIds: input.coaches.map((coach) => coach.person.personId),
      pins: board.pins.filter((pin) => inRound.has(pin.requestId)),
      exclusions: board.exclusions.filter((exclusion) => inRound.has(exclusion.requestId)),
      proposals: result.proposals,
      unmatched: result.unmatched,
      rejectedPins: result.rejectedPins,
      totalScore: result.totalScore,
    };
    await this.store.transact((events) =>
      handleCommand(events, boardDecider, boardId, 'matching_board', { type: 'RecordRound', round }, metadataFor(principal, scope.kind === 'organisation' ? scope.id : undefined), {
        retryOnConflict: true,
      }),
    );
    return round;
  }

  async pinPair(principal: Principal, scope: MatchingScope, programme: Programme, requestId: string, coachId: string, reason: string): Promise<void> {
    await this.decidePair(principal, scope, programme, 'PinPair', requestId, coachId, reason);
  }

  async excludePair(principal: Principal, scope: MatchingScope, programme: Programme, requestId: string, coachId: string, reason: string): Promise<void> {
    await this.decidePair(principal, scope, programme, 'ExcludePair', requestId, coachId, reason);
  }

  private async decidePair(
    principal: Principal,
    scope: MatchingScope,
    programme: Programme,
    type: 'PinPair' | 'ExcludePair',
    requestIdInput: string,
    coachIdInput: string,
    reasonInput: string,
  ): Promise<void> {
    await this.requireLeadOf(principal, scope, type === 'PinPair' ? 'pin a pair' : 'exclude a pair');
    const decision: PairDecision = {
      requestId: requireUuid(requestIdInput, 'requestId'),
      coachId: requireUuid(coachIdInput, 'coachId'),
      reason: requireText(reasonInput, 'Reason', 500),
      decidedBy: principal.personId,
      decidedAt: this.clock.now().toISOString(),
    };
    const { rows } = await this.store.pool.query<{ programme: string }>('SELECT programme FROM requests WHERE request_id = $1', [decision.requestId]);
    if (rows[0]?.programme !== programme) {
      throw new DomainError('NOT_FOUND', `There is no request ${decision.requestId} in this programme.`, { requestId: decision.requestId });
    }
    const command: BoardCommand = { type, decision };
    await this.store.transact((events) =>
      handleCommand(events, boardDecider, boardStreamId(scope.id, programme), 'matching_board', command, metadataFor(principal, undefined), { retryOnConflict: true }),
    );
  }
}
