import { AccreditationLevel, ApprovalKind, CourseKind, EligibilityReason, PractitionerRole, Programme, type TrainingEvent } from '@tapestry/contracts';
import type { Queryable } from '@tapestry/eventsourcing';
import { enumName } from './enum-names';

/** Folds training's events into courses, completions, registered interest and the eligibility history (the pool). */
export async function applyTraining(db: Queryable, schema: string, message: TrainingEvent, occurredAt: string): Promise<void> {
  const { event } = message;
  const eventId = message.envelope?.eventId ?? '';
  switch (event.case) {
    case 'courseCreated': {
      const c = event.value;
      const qualifies = c.qualifies.map((q) => ({ programme: enumName(Programme, q.programme), role: enumName(PractitionerRole, q.role) }));
      await db.query(
        `INSERT INTO ${schema}.dim_course VALUES ($1, $2, $3, $4, $5) ON CONFLICT (course_id) DO UPDATE SET kind = EXCLUDED.kind, qualifies = EXCLUDED.qualifies`,
        [c.courseId, c.organisationId, enumName(CourseKind, c.kind) ?? 'OTHER', c.cpdHours, JSON.stringify(qualifies)],
      );
      return;
    }
    case 'courseCompleted': {
      const c = event.value;
      await db.query(`INSERT INTO ${schema}.fact_training VALUES ($1, $2, $3, $4, $5::date) ON CONFLICT DO NOTHING`, [
        c.personId,
        c.organisationId,
        c.courseId,
        c.trainingEventId,
        c.completedOn,
      ]);
      return;
    }
    case 'approvalRequested': {
      const a = event.value;
      if (a.kind === ApprovalKind.RELEASE_FOR_COACHING) return;
      await db.query(
        `INSERT INTO ${schema}.fact_interest (approval_id, person_id, organisation_id, kind, programme, requested_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (approval_id) DO UPDATE SET person_id = EXCLUDED.person_id, organisation_id = EXCLUDED.organisation_id, kind = EXCLUDED.kind,
           programme = EXCLUDED.programme, requested_at = EXCLUDED.requested_at`,
        [a.approvalId, a.personId, a.organisationId, enumName(ApprovalKind, a.kind), enumName(Programme, a.programme), occurredAt],
      );
      return;
    }
    case 'approvalGranted':
    case 'approvalDeclined':
    case 'approvalExpired':
    case 'approvalInvalidated': {
      if (event.value.kind === ApprovalKind.RELEASE_FOR_COACHING) return;
      const decision = event.case.replace('approval', '').toLowerCase();
      await db.query(
        `INSERT INTO ${schema}.fact_interest (approval_id, decision, decided_at) VALUES ($1, $2, $3)
         ON CONFLICT (approval_id) DO UPDATE SET decision = EXCLUDED.decision, decided_at = EXCLUDED.decided_at`,
        [event.value.approvalId, decision, occurredAt],
      );
      return;
    }
    case 'coachEligibilityChanged': {
      const e = event.value;
      const programme = enumName(Programme, e.programme);
      const role = enumName(PractitionerRole, e.role);
      if (!programme || !role) return;
      await db.query(`INSERT INTO ${schema}.fact_eligibility VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`, [
        eventId,
        e.personId,
        e.organisationId,
        programme,
        role,
        e.eligible,
        e.reasons.includes(EligibilityReason.PAUSED),
        occurredAt,
      ]);
      return;
    }
    case 'accreditationAwarded':
      await db.query(`INSERT INTO ${schema}.fact_accreditation VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [
        eventId,
        event.value.personId,
        event.value.organisationId,
        enumName(AccreditationLevel, event.value.level) ?? 'FOUNDATION',
        occurredAt,
      ]);
      return;
    default:
      return;
  }
}
