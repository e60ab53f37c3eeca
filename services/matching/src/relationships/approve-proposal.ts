import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@tapestry/auth';
import { DomainError, handleCommand } from '@tapestry/eventsourcing';
import { londonDateOf, londonWallTimeToUtc, addDays } from '@tapestry/domain';
import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { requireLead, type MatchingScope } from '../access/matching-access';
import { coachDecider, coachStreamId } from '../coaches/coach.decider';
import { consortiaOf } from '../directory/directory.queries';
import { FollowUps } from '../follow-ups/follow-ups';
import { MatchingClock } from '../infrastructure/matching-clock';
import { MatchingStore } from '../infrastructure/matching-store';
import { buildRuleContext, hardRuleBroken } from '../optimiser';
import type { HardRule, Programme } from '../optimiser/round.types';
import { policyFor } from '../policy/programme-policy.projection';
import { requestDecider, requestStreamId } from '../requests/request.decider';
import { loadRoundInput } from '../rounds/round-input.queries';
import { relationshipDecider, relationshipStreamId } from './relationship.decider';
import { followRelationshipEvents } from './relationship-effects';
import type { Pairing } from './relationship.events';

/** How far ahead a suggested chemistry meeting may be. */
const MAX_CHEMISTRY_DAYS_AHEAD = 56;

const RULE_ERRORS: Record<HardRule, [code: string, message: string]> = {
  capacity: ['CAPACITY_REACHED', 'This coach has reached their limit of concurrent relationships since the round ran'],
  eligibility: ['COACH_NOT_ELIGIBLE', 'This coach is no longer eligible for the programme'],
  paused: ['COACH_PAUSED', 'This coach has paused matching since the round ran'],
  unresponsive: ['COACH_UNRESPONSIVE', 'This coach has introductions they have not answered'],
  line_management: ['RULE_BROKEN', 'The pair are now in one line-management chain'],
  same_team: ['RULE_BROKEN', 'The pair are now in the same team'],
  organisation: ['RULE_BROKEN', 'Their organisations no longer share coaches'],
  declined_before: ['DECLINED_BEFORE', 'This pair declined each other before'],
  self: ['RULE_BROKEN', 'A person cannot coach themselves'],
  gender: ['RULE_BROKEN', 'The coach no longer meets the request’s gender preference'],
  site: ['RULE_BROKEN', 'The coach can no longer meet at the requester’s site'],
  format: ['RULE_BROKEN', 'The coach no longer offers the meeting format asked for'],
  excluded: ['RULE_BROKEN', 'The pair was excluded'],
};

interface ProposalRow {
  scope_kind: 'organisation' | 'consortium';
  scope_id: string;
  programme: Programme;
  coach_id: string;
  score: number;
  reasons: string[];
}

/** A weekday, a week on, at 12:30 London time: a lunchtime slot most shift patterns can reach. */
export function suggestedChemistryMeeting(now: Date): Date {
  let day = addDays(londonDateOf(now), 7);
  while ([0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())) day = addDays(day, 1);
  return londonWallTimeToUtc(day, '12:30');
}

/** The lead approves a proposed pair: the coach's place is taken, the request matched and the pair introduced, at once. */
@Injectable()
export class ApproveProposal {
  constructor(
    private readonly store: MatchingStore,
    private readonly clock: MatchingClock,
    private readonly followUps: FollowUps,
  ) {}

  async approve(principal: Principal, roundIdInput: string, requestIdInput: string, chemistryMeetingAt: Date | null): Promise<string> {
    const roundId = requireUuid(roundIdInput, 'roundId');
    const requestId = requireUuid(requestIdInput, 'requestId');
    const { rows } = await this.store.pool.query<ProposalRow>(
      `SELECT r.scope_kind, r.scope_id, r.programme, p.coach_id, p.score, p.reasons
       FROM round_proposals p JOIN rounds r USING (round_id) WHERE p.round_id = $1 AND p.request_id = $2`,
      [roundId, requestId],
    );
    const proposal = rows[0];
    if (!proposal) throw new DomainError('NOT_FOUND', `Round ${roundId} proposed nobody for request ${requestId}.`, { roundId, requestId });
    const scope: MatchingScope = { kind: proposal.scope_kind, id: proposal.scope_id };
    requireLead(principal, scope, scope.kind === 'organisation' ? await consortiaOf(this.store.pool, scope.id) : [], 'approve a proposal');
    const now = this.clock.now();
    const meetingAt = this.validMeetingTime(chemistryMeetingAt, now);
    // The facts as they are now, not as the round saw them: capacity, eligibility or a pause may have changed since.
    const input = await loadRoundInput(this.store.pool, scope, proposal.programme, now, { only: { requestId, coachId: proposal.coach_id } });
    const [request] = input.requests;
    if (!request) throw new DomainError('REQUEST_NOT_OPEN', 'This request is no longer open (withdrawn or matched since the round ran); re-run the round.', { requestId });
    const [coach] = input.coaches;
    if (!coach) throw new DomainError('COACH_NOT_ELIGIBLE', 'This coach is no longer eligible for the programme; re-run the round to propose someone else.', { coachId: proposal.coach_id });
    const broken = hardRuleBroken(request, coach, buildRuleContext(input));
    if (broken) {
      const [code, message] = RULE_ERRORS[broken];
      throw new DomainError(code, `${message}; re-run the round to propose someone else.`, { rule: broken, coachId: coach.person.personId });
    }
    const relationshipId = randomUUID();
    const { requester } = request;
    const pairing: Pairing = {
      relationshipId,
      requestId,
      roundId,
      programme: proposal.programme,
      kind: request.kind,
      coachId: coach.person.personId,
      coachOrganisationId: coach.person.organisationId,
      coacheeId: requester.personId,
      coacheeOrganisationId: requester.organisationId,
      requestedAt: request.requestedAt,
      approvedBy: principal.personId,
      introducedAt: now.toISOString(),
      chemistryMeetingAt: meetingAt.toISOString(),
      score: proposal.score,
      reasons: proposal.reasons,
      crossesDirectorate: requester.directorateId !== coach.person.directorateId,
      crossesStaffGroup: requester.staffGroup !== coach.person.staffGroup,
      crossesOrganisation: requester.organisationId !== coach.person.organisationId,
    };
    const policy = await policyFor(this.store.pool, requester.organisationId, proposal.programme);
    const metadata = metadataFor(principal, requester.organisationId);
    await this.store.transact(async (events, client) => {
      // Approvals for one coach queue here, so each decides on the places the one before it left.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [coachStreamId(pairing.coachId)]);
      await handleCommand(
        events,
        coachDecider,
        coachStreamId(pairing.coachId),
        'coach',
        { type: 'TakeSlot', coachId: pairing.coachId, organisationId: pairing.coachOrganisationId, relationshipId, capacity: coach.capacity },
        metadata,
        { retryOnConflict: true },
      );
      await handleCommand(events, requestDecider, requestStreamId(requestId), 'request', { type: 'MatchRequest', requestId, relationshipId, coachId: pairing.coachId }, metadata);
      const { events: decided } = await handleCommand(events, relationshipDecider, relationshipStreamId(relationshipId), 'relationship', { type: 'Introduce', pairing }, metadata);
      await followRelationshipEvents(events, client, pairing, decided, policy, metadata, now);
    });
    // The introduction mail is a deadline due now: send it without waiting for the next poll. Should this fail, the
    // poller sends it later; the approval itself has committed.
    void this.followUps.runDue().catch(() => undefined);
    return relationshipId;
  }

  private validMeetingTime(requested: Date | null, now: Date): Date {
    if (requested === null) return suggestedChemistryMeeting(now);
    if (Number.isNaN(requested.getTime()) || requested.getTime() <= now.getTime()) {
      throw new DomainError('BAD_USER_INPUT', 'The chemistry meeting must be suggested for a time in the future.', { field: 'chemistryMeetingAt' });
    }
    if (requested.getTime() > now.getTime() + MAX_CHEMISTRY_DAYS_AHEAD * 86_400_000) {
      throw new DomainError('BAD_USER_INPUT', `Suggest a chemistry meeting within ${MAX_CHEMISTRY_DAYS_AHEAD / 7} weeks, while the introduction is fresh.`, {
        field: 'chemistryMeetingAt',
      });
    }
    return requested;
  }
}
