import type { Queryable } from '@tapestry/eventsourcing';
import { ensurePeopleDirectoryTables } from '@tapestry/people-directory';

/**
 * Supervision's people directory, kept from identity's events. Matching's facts are recorded as supervision's own
 * events instead (see caseloadFactsProjection), so that the caseloads can be rebuilt from position 0.
 */
export async function ensureSupervisionDirectoryTables(db: Queryable): Promise<void> {
  await ensurePeopleDirectoryTables(db);
}
