import type { PoolClient } from 'pg';
import { ApprovalKind, PractitionerRole, Programme as ProtoProgramme, type TrainingEvent } from '@tapestry/contracts';
import type { Programme, SupportKind } from '../optimiser/round.types';

const PROGRAMME_OF: Partial<Record<ProtoProgramme, Programme>> = {
  [ProtoProgramme.GENERAL]: 'GENERAL',
  [ProtoProgramme.BAME_CAREER_PROGRESSION]: 'BAME_CAREER_PROGRESSION',
  [ProtoProgramme.RETURNERS]: 'RETURNERS',
  [ProtoProgramme.NEW_BOARD_DIRECTORS]: 'NEW_BOARD_DIRECTORS',
  [ProtoProgramme.ETHICAL_MENTORING]: 'ETHICAL_MENTORING',
  [ProtoProgramme.TEAM_COACHING]: 'TEAM_COACHING',
};

const KIND_OF: Partial<Record<PractitionerRole, SupportKind>> = {
  [PractitionerRole.COACH]: 'coaching',
  [PractitionerRole.MENTOR]: 'mentoring',
};

export function programmeOf(programme: ProtoProgramme): Programme | null {
  return PROGRAMME_OF[programme] ?? null;
}

/**
 * Applies one training message: eligibility to coach or mentor keeps the pool, and a line manager's release for
 * coaching lets a request through where the organisation's policy asks for one. Supervisor eligibility is not
 * matching's concern.
 */
export async function applyTrainingEvent(client: PoolClient, message: TrainingEvent): Promise<void> {
  const { event } = message;
  switch (event.case) {
    case 'coachEligibilityChanged': {
      const { personId, organisationId, eligible } = event.value;
      const programme = programmeOf(event.value.programme);
      const kind = KIND_OF[event.value.role];
      if (!programme || !kind) return;
      await client.query(
        `INSERT INTO coach_eligibility (person_id, programme, kind, organisation_id, eligible) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (person_id, programme, kind) DO UPDATE SET eligible = EXCLUDED.eligible, organisation_id = EXCLUDED.organisation_id`,
        [personId, programme, kind, organisationId, eligible],
      );
      return;
    }
    case 'approvalGranted': {
      const { approvalId, personId, kind, expiresAt } = event.value;
      const programme = programmeOf(event.value.programme);
      if (kind !== ApprovalKind.RELEASE_FOR_COACHING || !programme) return;
      const expires = expiresAt ? new Date(Number(expiresAt.seconds) * 1000) : null;
      await client.query(
        `INSERT INTO coaching_releases (person_id, programme, approval_id, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (person_id, programme) DO UPDATE SET approval_id = EXCLUDED.approval_id, expires_at = EXCLUDED.expires_at`,
        [personId, programme, approvalId, expires],
      );
      return;
    }
    case 'approvalExpired':
    case 'approvalInvalidated':
      if (event.value.kind !== ApprovalKind.RELEASE_FOR_COACHING) return;
      await client.query('DELETE FROM coaching_releases WHERE approval_id = $1', [event.value.approvalId]);
      return;
    default:
      return;
  }
}
