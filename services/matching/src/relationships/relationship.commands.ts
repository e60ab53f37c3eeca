import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@tapestry/auth';
import { DomainError, foldStream, handleCommand } from '@tapestry/eventsourcing';
import { londonDateOf, validDate, type CalendarDate } from '@tapestry/domain';
import { metadataFor, optionalText, requireText, requireUuid } from '@tapestry/nest-kit';
import { leadsAnyOf } from '../access/lead-reach.queries';
import { MatchingClock } from '../infrastructure/matching-clock';
import { MatchingStore } from '../infrastructure/matching-store';
import { policyFor } from '../policy/programme-policy.projection';
import { followRelationshipEvents } from './relationship-effects';
import { relationshipDecider, relationshipStreamId, type Actor, type RelationshipCommand, type RelationshipState } from './relationship.decider';
import {
  CANCELLATION_REASONS,
  CLOSURE_OUTCOMES,
  CLOSURE_REASONS,
  GROW_STAGES,
  type CancellationReason,
  type ClosureOutcome,
  type ClosureReason,
  type GrowStage,
  type Pairing,
} from './relationship.events';

type Existing = Exclude<RelationshipState, { status: 'absent' }>;

function oneOf<T extends string>(values: readonly T[], value: string, field: string): T {
  if (!(values as readonly string[]).includes(value)) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be one of ${values.join(', ')}; got "${value}".`, { field });
  }
  return value as T;
}

export interface SessionInput {
  heldOn: string;
  minutes: number;
  growStage?: string | null;
}

export interface CancellationInput {
  plannedOn: string;
  reason: string;
  rescheduledTo?: string | null;
}

export interface ClosureInput {
  reason: string;
  outcome: string;
  feedback?: string | null;
}

/** Everything the pair (and the lead) do to a relationship after the introduction. */
@Injectable()
export class RelationshipCommands {
  constructor(
    private readonly store: MatchingStore,
    private readonly clock: MatchingClock,
  ) {}

  async load(relationshipIdInput: string): Promise<Existing> {
    const relationshipId = requireUuid(relationshipIdInput, 'relationshipId');
    const { state } = foldStream(relationshipDecider, await this.store.events.readStream(relationshipStreamId(relationshipId)));
    if (state.status === 'absent') throw new DomainError('NOT_FOUND', `There is no relationship ${relationshipId}.`, { relationshipId });
    return state;
  }

  /** One of the pair, or a lead over either side's organisation; anyone else is told it does not exist. */
  async actorIn(principal: Principal, pairing: Pairing, leadMay: boolean): Promise<Actor> {
    if (principal.personId === pairing.coachId) return { personId: principal.personId, side: 'coach' };
    if (principal.personId === pairing.coacheeId) return { personId: principal.personId, side: 'coachee' };
    if (leadMay && (await leadsAnyOf(this.store.pool, principal, [pairing.coacheeOrganisationId, pairing.coachOrganisationId]))) {
      return { personId: principal.personId, side: null };
    }
    throw new DomainError('NOT_FOUND', `There is no relationship ${pairing.relationshipId} of yours.`, { relationshipId: pairing.relationshipId });
  }

  private async run(
    principal: Principal,
    relationshipIdInput: string,
    leadMay: boolean,
    commandFor: (actor: Actor, today: CalendarDate, now: Date) => RelationshipCommand,
  ): Promise<void> {
    const state = await this.load(relationshipIdInput);
    const { pairing } = state;
    const actor = await this.actorIn(principal, pairing, leadMay);
    const now = this.clock.now();
    const command = commandFor(actor, londonDateOf(now), now);
    const policy = await policyFor(this.store.pool, pairing.coacheeOrganisationId, pairing.programme);
    const metadata = metadataFor(principal, pairing.coacheeOrganisationId);
    await this.store.transact(async (events, client) => {
      const { events: decided } = await handleCommand(events, relationshipDecider, relationshipStreamId(pairing.relationshipId), 'relationship', command, metadata, {
        retryOnConflict: true,
      });
      await followRelationshipEvents(events, client, pairing, decided, policy, metadata, now);
    });
  }

  recordChemistryMeeting(principal: Principal, relationshipId: string, heldOn: string): Promise<void> {
    const day = validDate(heldOn, 'heldOn');
    return this.run(principal, relationshipId, true, (actor, today, now) => ({ type: 'RecordChemistryMeeting', actor, heldOn: day, today, now }));
  }

  confirm(principal: Principal, relationshipId: string): Promise<void> {
    return this.run(principal, relationshipId, false, (actor, today, now) => ({ type: 'Confirm', actor, now, today }));
  }

  decline(principal: Principal, relationshipId: string): Promise<void> {
    return this.run(principal, relationshipId, false, (actor, _today, now) => ({ type: 'Decline', actor, now }));
  }

  async logSession(principal: Principal, relationshipId: string, input: SessionInput): Promise<string> {
    const heldOn = validDate(input.heldOn, 'heldOn');
    const growStage: GrowStage | null = input.growStage ? oneOf(GROW_STAGES, input.growStage, 'growStage') : null;
    const sessionId = randomUUID();
    await this.run(principal, relationshipId, false, (actor, today) => ({ type: 'LogSession', actor, sessionId, heldOn, minutes: input.minutes, growStage, today }));
    return sessionId;
  }

  async cancelSession(principal: Principal, relationshipId: string, input: CancellationInput): Promise<string> {
    const plannedOn = validDate(input.plannedOn, 'plannedOn');
    const reason: CancellationReason = oneOf(CANCELLATION_REASONS, input.reason, 'reason');
    const rescheduledTo = input.rescheduledTo ? validDate(input.rescheduledTo, 'rescheduledTo') : null;
    const sessionId = randomUUID();
    await this.run(principal, relationshipId, false, (actor, today) => ({ type: 'CancelSession', actor, sessionId, plannedOn, reason, rescheduledTo, today }));
    return sessionId;
  }

  close(principal: Principal, relationshipId: string, input: ClosureInput): Promise<void> {
    const reason: ClosureReason = oneOf(CLOSURE_REASONS, input.reason, 'reason');
    const outcome: ClosureOutcome = oneOf(CLOSURE_OUTCOMES, input.outcome, 'outcome');
    const feedback = optionalText(input.feedback, 'Feedback', 4000);
    return this.run(principal, relationshipId, true, (actor, today) => ({ type: 'Close', actor, reason, outcome, feedback, today }));
  }

  async extend(principal: Principal, relationshipId: string, months: number, reasonInput: string): Promise<void> {
    const reason = requireText(reasonInput, 'Reason', 1000);
    const state = await this.load(relationshipId);
    const actor = await this.actorIn(principal, state.pairing, true);
    if (actor.side !== null) throw new DomainError('FORBIDDEN', 'An extension needs the programme lead’s approval; ask your lead to extend it.');
    await this.run(principal, relationshipId, true, (_actor, today) => ({ type: 'Extend', approvedBy: principal.personId, months, reason, today }));
  }
}
