import type { SupervisionEvent } from '@tapestry/contracts';
import type { Queryable } from '@tapestry/eventsourcing';

/** Folds supervision's events into arrangements and supervision sessions (coverage). Pauses come through training's eligibility. */
export async function applySupervision(db: Queryable, schema: string, message: SupervisionEvent): Promise<void> {
  const { event } = message;
  switch (event.case) {
    case 'supervisionArranged': {
      const a = event.value;
      await db.query(
        `INSERT INTO ${schema}.fact_supervision (arrangement_id, supervisee_id, supervisor_id, organisation_id, from_on, group_supervision)
         VALUES ($1, $2, $3, $4, $5::date, $6)
         ON CONFLICT (arrangement_id) DO UPDATE SET supervisee_id = EXCLUDED.supervisee_id, supervisor_id = EXCLUDED.supervisor_id,
           organisation_id = EXCLUDED.organisation_id, from_on = EXCLUDED.from_on, group_supervision = EXCLUDED.group_supervision`,
        [a.arrangementId, a.superviseeId, a.supervisorId, a.organisationId, a.from, a.group],
      );
      return;
    }
    case 'supervisionEnded':
      await db.query(
        `INSERT INTO ${schema}.fact_supervision (arrangement_id, until_on) VALUES ($1, $2::date)
         ON CONFLICT (arrangement_id) DO UPDATE SET until_on = EXCLUDED.until_on`,
        [event.value.arrangementId, event.value.until],
      );
      return;
    case 'supervisionSessionHeld': {
      const s = event.value;
      await db.query(`INSERT INTO ${schema}.fact_supervision_session VALUES ($1, $2, $3, $4, $5::date, $6) ON CONFLICT DO NOTHING`, [
        s.sessionId,
        s.superviseeId,
        s.supervisorId,
        s.organisationId,
        s.heldOn,
        s.durationMinutes,
      ]);
      return;
    }
    default:
      return;
  }
}
