import { CancellationReason, ClosureOutcome, ClosureReason, Programme, RelationshipRole, type MatchingEvent } from '@tapestry/contracts';
import type { Queryable } from '@tapestry/eventsourcing';
import { enumName, isoOrNull } from './enum-names';

/**
 * Folds matching's events into requests, relationships, sessions and coach availability. A request's and its
 * relationship's events travel on different streams (and partitions), so every write sets only its own columns.
 */
export async function applyMatching(db: Queryable, schema: string, message: MatchingEvent, occurredAt: string): Promise<void> {
  const { event } = message;
  const eventId = message.envelope?.eventId ?? '';
  switch (event.case) {
    case 'supportRequested': {
      const r = event.value;
      await db.query(
        `INSERT INTO ${schema}.fact_request (request_id, person_id, organisation_id, programme, wants, requested_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (request_id) DO UPDATE SET person_id = EXCLUDED.person_id, organisation_id = EXCLUDED.organisation_id,
           programme = EXCLUDED.programme, wants = EXCLUDED.wants, requested_at = EXCLUDED.requested_at`,
        [r.requestId, r.requesterId, r.organisationId, enumName(Programme, r.programme), enumName(RelationshipRole, r.wants), occurredAt],
      );
      return;
    }
    case 'requestWithdrawn':
      await db.query(
        `INSERT INTO ${schema}.fact_request (request_id, withdrawn_at) VALUES ($1, $2) ON CONFLICT (request_id) DO UPDATE SET withdrawn_at = EXCLUDED.withdrawn_at`,
        [event.value.requestId, occurredAt],
      );
      return;
    case 'relationshipIntroduced': {
      const r = event.value;
      const introducedAt = isoOrNull(r.introducedAt) ?? occurredAt;
      await db.query(
        `INSERT INTO ${schema}.fact_relationship (relationship_id, request_id, programme, role, coach_id, coach_organisation_id, coachee_id,
           coachee_organisation_id, requested_at, introduced_at, crosses_directorate, crosses_staff_group, crosses_organisation)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (relationship_id) DO UPDATE SET request_id = EXCLUDED.request_id, programme = EXCLUDED.programme, role = EXCLUDED.role,
           coach_id = EXCLUDED.coach_id, coach_organisation_id = EXCLUDED.coach_organisation_id, coachee_id = EXCLUDED.coachee_id,
           coachee_organisation_id = EXCLUDED.coachee_organisation_id, requested_at = EXCLUDED.requested_at, introduced_at = EXCLUDED.introduced_at,
           crosses_directorate = EXCLUDED.crosses_directorate, crosses_staff_group = EXCLUDED.crosses_staff_group,
           crosses_organisation = EXCLUDED.crosses_organisation`,
        [
          r.relationshipId,
          r.requestId,
          enumName(Programme, r.programme),
          enumName(RelationshipRole, r.role),
          r.coachId,
          r.organisationId,
          r.coacheeId,
          r.coacheeOrganisationId,
          isoOrNull(r.requestedAt),
          introducedAt,
          r.crossesDirectorate,
          r.crossesStaffGroup,
          r.crossesOrganisation,
        ],
      );
      await db.query(
        `INSERT INTO ${schema}.fact_request (request_id, matched_at, relationship_id) VALUES ($1, $2, $3)
         ON CONFLICT (request_id) DO UPDATE SET matched_at = EXCLUDED.matched_at, relationship_id = EXCLUDED.relationship_id`,
        [r.requestId, introducedAt, r.relationshipId],
      );
      return;
    }
    case 'chemistryMeetingHeld':
      await setRelationship(db, schema, event.value.relationshipId, 'chemistry_held_on', event.value.heldOn, '::date');
      return;
    case 'relationshipActivated':
      await setRelationship(db, schema, event.value.relationshipId, 'activated_on', event.value.activeFrom, '::date');
      await setRelationship(db, schema, event.value.relationshipId, 'review_due_on', event.value.reviewDueOn, '::date');
      return;
    case 'relationshipDeclined':
      await setRelationship(db, schema, event.value.relationshipId, 'declined_at', occurredAt, '::timestamptz');
      // The request goes back to the next round: it is open again until another introduction matches it.
      await db.query(`UPDATE ${schema}.fact_request SET matched_at = NULL, relationship_id = NULL WHERE request_id = $1 AND relationship_id = $2`, [
        event.value.requestId,
        event.value.relationshipId,
      ]);
      return;
    case 'relationshipExtended':
      await setRelationship(db, schema, event.value.relationshipId, 'extended_to', event.value.extendedTo, '::date');
      return;
    case 'relationshipClosed': {
      const c = event.value;
      await db.query(
        `INSERT INTO ${schema}.fact_relationship (relationship_id, closed_on, closure_reason, closure_outcome, sessions_held) VALUES ($1, $2::date, $3, $4, $5)
         ON CONFLICT (relationship_id) DO UPDATE SET closed_on = EXCLUDED.closed_on, closure_reason = EXCLUDED.closure_reason,
           closure_outcome = EXCLUDED.closure_outcome, sessions_held = EXCLUDED.sessions_held`,
        [c.relationshipId, c.closedOn, enumName(ClosureReason, c.reason), enumName(ClosureOutcome, c.outcome), c.sessionsHeld],
      );
      return;
    }
    case 'sessionLogged': {
      const s = event.value;
      await db.query(
        `INSERT INTO ${schema}.fact_session (session_id, relationship_id, coach_id, organisation_id, role, held, on_date, duration_minutes)
         VALUES ($1, $2, $3, $4, $5, true, $6::date, $7)
         ON CONFLICT (session_id) DO UPDATE SET held = true, on_date = EXCLUDED.on_date, duration_minutes = EXCLUDED.duration_minutes`,
        [s.sessionId, s.relationshipId, s.coachId, s.organisationId, enumName(RelationshipRole, s.role) ?? 'COACH', s.heldOn, s.durationMinutes],
      );
      return;
    }
    case 'sessionCancelled': {
      const s = event.value;
      const role = await roleOf(db, schema, s.relationshipId);
      await db.query(
        `INSERT INTO ${schema}.fact_session (session_id, relationship_id, coach_id, organisation_id, role, held, on_date, cancellation_reason, rescheduled_to)
         VALUES ($1, $2, $3, $4, $5, false, $6::date, $7, $8::date)
         ON CONFLICT (session_id) DO NOTHING`,
        [s.sessionId, s.relationshipId, s.coachId, s.organisationId, role, s.plannedOn, enumName(CancellationReason, s.reason) ?? 'OTHER', s.rescheduledTo || null],
      );
      return;
    }
    case 'matchingRoundRun': {
      const r = event.value;
      await db.query(`INSERT INTO ${schema}.fact_round VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`, [
        r.roundId,
        r.scopeId,
        enumName(Programme, r.programme),
        r.openRequests,
        r.proposals,
        occurredAt,
      ]);
      return;
    }
    case 'coachAvailabilityChanged': {
      const a = event.value;
      await db.query(`INSERT INTO ${schema}.fact_availability VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`, [
        eventId,
        a.coachId,
        a.organisationId,
        a.capacity,
        a.paused,
        occurredAt,
      ]);
      return;
    }
    default:
      return;
  }
}

async function setRelationship(db: Queryable, schema: string, relationshipId: string, column: string, value: string, cast: string): Promise<void> {
  await db.query(
    `INSERT INTO ${schema}.fact_relationship (relationship_id, ${column}) VALUES ($1, $2${cast})
     ON CONFLICT (relationship_id) DO UPDATE SET ${column} = EXCLUDED.${column}`,
    [relationshipId, value],
  );
}

/** A cancelled session's event does not say coach or mentor; its relationship does (same stream, so already here). */
async function roleOf(db: Queryable, schema: string, relationshipId: string): Promise<string> {
  const { rows } = await db.query<{ role: string | null }>(`SELECT role FROM ${schema}.fact_relationship WHERE relationship_id = $1`, [relationshipId]);
  return rows[0]?.role ?? 'COACH';
}
