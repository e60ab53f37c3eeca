import { requireUuid } from '@tapestry/nest-kit';
import { DomainError, type Queryable } from '@tapestry/eventsourcing';
import type { OrganisationReach } from '../access/training-access';
import { isAssessorFor } from './coach-access';
import { findPersonFacts } from './coach-reach.queries';

/**
 * The assessor ids, each checked to be a person holding a programme lead or supervisor role over `reach`. `exceptId`
 * (the coach being assessed) is left to the decider, whose refusal says more than a missing role would.
 */
export async function requireAssessors(
  db: Queryable,
  assessorIds: readonly string[],
  reach: OrganisationReach,
  exceptId?: string,
): Promise<string[]> {
  const ids = assessorIds.map((id) => requireUuid(id, 'assessorIds'));
  for (const assessorId of new Set(ids)) {
    if (assessorId === exceptId) continue;
    const assessor = await findPersonFacts(db, assessorId);
    if (!assessor) throw new DomainError('NOT_FOUND', `No assessor with id ${assessorId} is known to training.`, { field: 'assessorIds' });
    if (!isAssessorFor(assessor.roles, reach)) {
      throw new DomainError('NOT_ASSESSOR', `${assessor.displayName} is not a programme lead or supervisor for this organisation, so cannot assess.`, {
        field: 'assessorIds',
        assessorId,
      });
    }
  }
  return ids;
}
