import { create } from '@bufbuild/protobuf';
import {
  CancellationReason as ProtoCancellationReason,
  ChemistryMeetingHeldSchema,
  ClosureOutcome as ProtoClosureOutcome,
  ClosureReason as ProtoClosureReason,
  CoachAvailabilityChangedSchema,
  CoachResponsivenessChangedSchema,
  MatchingRoundRunSchema,
  Programme as ProtoProgramme,
  RelationshipActivatedSchema,
  RelationshipClosedSchema,
  RelationshipDeclinedSchema,
  RelationshipExtendedSchema,
  RelationshipIntroducedSchema,
  RelationshipRole,
  RequestWithdrawnSchema,
  SessionCancelledSchema,
  SessionLoggedSchema,
  SixMonthCheckDueSchema,
  SupportRequestedSchema,
  toTimestamp,
  type MatchingEvent,
} from '@tapestry/contracts';
import { assertNever } from '@tapestry/domain';
import type { BoardEvent } from '../rounds/board.decider';
import type { CoachEvent } from '../coaches/coach.decider';
import type { Programme, SupportKind } from '../optimiser/round.types';
import type { PolicyEvent } from '../policy/programme-policy';
import type { RequestEvent } from '../requests/request.decider';
import type { RequestSlotEvent } from '../requests/request-slot.decider';
import type { CancellationReason, ClosureOutcome, ClosureReason, RelationshipEvent } from '../relationships/relationship.events';

/** Every event the matching service records. */
export type MatchingDomainEvent = RequestEvent | RequestSlotEvent | CoachEvent | BoardEvent | RelationshipEvent | PolicyEvent;

export type MatchingPayload = MatchingEvent['event'];

const PROGRAMME: Record<Programme, ProtoProgramme> = {
  GENERAL: ProtoProgramme.GENERAL,
  BAME_CAREER_PROGRESSION: ProtoProgramme.BAME_CAREER_PROGRESSION,
  RETURNERS: ProtoProgramme.RETURNERS,
  NEW_BOARD_DIRECTORS: ProtoProgramme.NEW_BOARD_DIRECTORS,
  ETHICAL_MENTORING: ProtoProgramme.ETHICAL_MENTORING,
  TEAM_COACHING: ProtoProgramme.TEAM_COACHING,
};

const ROLE: Record<SupportKind, RelationshipRole> = { coaching: RelationshipRole.COACH, mentoring: RelationshipRole.MENTOR };

const CANCELLATION: Record<CancellationReason, ProtoCancellationReason> = {
  CLINICAL_PRESSURE: ProtoCancellationReason.CLINICAL_PRESSURE,
  STAFFING: ProtoCancellationReason.STAFFING,
  SICKNESS: ProtoCancellationReason.SICKNESS,
  LEAVE: ProtoCancellationReason.LEAVE,
  PERSONAL: ProtoCancellationReason.PERSONAL,
  OTHER: ProtoCancellationReason.OTHER,
};

const CLOSURE_REASON: Record<ClosureReason, ProtoClosureReason> = {
  GOALS_MET: ProtoClosureReason.GOALS_MET,
  TERM_ENDED: ProtoClosureReason.TERM_ENDED,
  NO_LONGER_NEEDED: ProtoClosureReason.NO_LONGER_NEEDED,
  NO_TIME: ProtoClosureReason.NO_TIME,
  NOT_WORKING: ProtoClosureReason.NOT_WORKING,
  LEFT_ORGANISATION: ProtoClosureReason.LEFT_ORGANISATION,
  OTHER: ProtoClosureReason.OTHER,
};

const CLOSURE_OUTCOME: Record<ClosureOutcome, ProtoClosureOutcome> = {
  ACHIEVED: ProtoClosureOutcome.ACHIEVED,
  PARTLY_ACHIEVED: ProtoClosureOutcome.PARTLY_ACHIEVED,
  NOT_ACHIEVED: ProtoClosureOutcome.NOT_ACHIEVED,
};

const ref = (data: { relationshipId: string; coachId: string; coachOrganisationId: string }) => ({
  relationshipId: data.relationshipId,
  coachId: data.coachId,
  organisationId: data.coachOrganisationId,
});

/**
 * The public message for a domain event, or null for what stays inside matching: goals, topics and preferences,
 * pins and proposals with their reasons, who declined, feedback, follow-up mail and GROW stages. Each message is built
 * from its one event alone, so the relay needs no lookups.
 */
export function publicPayloadOf(event: MatchingDomainEvent): MatchingPayload | null {
  switch (event.type) {
    case 'SupportRequested': {
      const { requestId, requesterId, organisationId, programme, kind } = event.data;
      return {
        case: 'supportRequested',
        value: create(SupportRequestedSchema, { requestId, requesterId, organisationId, programme: PROGRAMME[programme], wants: ROLE[kind] }),
      };
    }
    case 'CoachPreferencesSet':
    case 'CoachPaused':
    case 'CoachResumed': {
      const { coachId, organisationId, capacity } = event.data;
      const paused = event.type === 'CoachPreferencesSet' ? event.data.paused : event.type === 'CoachPaused';
      return { case: 'coachAvailabilityChanged', value: create(CoachAvailabilityChangedSchema, { coachId, organisationId, capacity, paused }) };
    }
    case 'CoachFlaggedUnresponsive':
    case 'CoachResponded': {
      const { coachId, organisationId } = event.data;
      return {
        case: 'coachResponsivenessChanged',
        value: create(CoachResponsivenessChangedSchema, { coachId, organisationId, unresponsive: event.type === 'CoachFlaggedUnresponsive' }),
      };
    }
    case 'MatchingRoundRun': {
      const round = event.data;
      return {
        case: 'matchingRoundRun',
        value: create(MatchingRoundRunSchema, {
          roundId: round.roundId,
          scopeId: round.scopeId,
          programme: PROGRAMME[round.programme],
          openRequests: round.requestIds.length,
          poolSize: round.coachIds.length,
          proposals: round.proposals.length,
        }),
      };
    }
    case 'RelationshipIntroduced': {
      const p = event.data;
      return {
        case: 'relationshipIntroduced',
        value: create(RelationshipIntroducedSchema, {
          relationshipId: p.relationshipId,
          requestId: p.requestId,
          coachId: p.coachId,
          organisationId: p.coachOrganisationId,
          coacheeId: p.coacheeId,
          coacheeOrganisationId: p.coacheeOrganisationId,
          programme: PROGRAMME[p.programme],
          role: ROLE[p.kind],
          requestedAt: toTimestamp(new Date(p.requestedAt)),
          introducedAt: toTimestamp(new Date(p.introducedAt)),
          chemistryMeetingAt: toTimestamp(new Date(p.chemistryMeetingAt)),
          crossesDirectorate: p.crossesDirectorate,
          crossesStaffGroup: p.crossesStaffGroup,
          crossesOrganisation: p.crossesOrganisation,
        }),
      };
    }
    case 'ChemistryMeetingHeld':
      return { case: 'chemistryMeetingHeld', value: create(ChemistryMeetingHeldSchema, { ...ref(event.data), heldOn: event.data.heldOn }) };
    case 'RelationshipActivated':
      return {
        case: 'relationshipActivated',
        value: create(RelationshipActivatedSchema, { ...ref(event.data), activeFrom: event.data.activeFrom, reviewDueOn: event.data.reviewDueOn }),
      };
    case 'RelationshipDeclined':
      return { case: 'relationshipDeclined', value: create(RelationshipDeclinedSchema, { ...ref(event.data), requestId: event.data.requestId }) };
    case 'SessionLogged': {
      const s = event.data;
      return {
        case: 'sessionLogged',
        value: create(SessionLoggedSchema, { ...ref(s), sessionId: s.sessionId, role: ROLE[s.kind], heldOn: s.heldOn, durationMinutes: s.minutes }),
      };
    }
    case 'SessionCancelled': {
      const c = event.data;
      return {
        case: 'sessionCancelled',
        value: create(SessionCancelledSchema, {
          ...ref(c),
          sessionId: c.sessionId,
          plannedOn: c.plannedOn,
          reason: CANCELLATION[c.reason],
          ...(c.rescheduledTo ? { rescheduledTo: c.rescheduledTo } : {}),
        }),
      };
    }
    case 'SixMonthCheckDue':
      return { case: 'sixMonthCheckDue', value: create(SixMonthCheckDueSchema, { ...ref(event.data), dueOn: event.data.dueOn }) };
    case 'RelationshipExtended':
      return { case: 'relationshipExtended', value: create(RelationshipExtendedSchema, { ...ref(event.data), extendedTo: event.data.extendedTo }) };
    case 'RelationshipClosed': {
      const c = event.data;
      return {
        case: 'relationshipClosed',
        value: create(RelationshipClosedSchema, {
          ...ref(c),
          closedOn: c.closedOn,
          reason: CLOSURE_REASON[c.reason],
          outcome: CLOSURE_OUTCOME[c.outcome],
          sessionsHeld: c.sessionsHeld,
        }),
      };
    }
    case 'RequestWithdrawn': {
      const { requestId, requesterId, organisationId, programme } = event.data;
      return { case: 'requestWithdrawn', value: create(RequestWithdrawnSchema, { requestId, requesterId, organisationId, programme: PROGRAMME[programme] }) };
    }
    case 'RequestMatched':
    case 'RequestReopened':
    case 'RequestFulfilled':
    case 'RequestSlotTaken':
    case 'RequestSlotFreed':
    case 'CoachSlotTaken':
    case 'CoachSlotReleased':
    case 'PairPinned':
    case 'PairExcluded':
    case 'PairReleased':
    case 'RelationshipConfirmed':
    case 'ClosingFeedbackGiven':
    case 'FollowUpSent':
    case 'FollowUpEscalated':
    case 'ProgrammePolicySet':
      return null;
    default:
      return assertNever(event);
  }
}
