import type { Queryable } from '@tapestry/eventsourcing';
import type { DirectoryPerson } from '@tapestry/people-directory';

export { consortiaOf, consortiumMembers, findPeople, findPerson, lineManagersOf, PERSON_COLUMNS, personOf } from '@tapestry/people-directory';

/** A person as matching knows them from identity's events. */
export type MatchingPerson = DirectoryPerson;

/** Whether a coaching release from the person's line manager is in force for the programme. */
export async function hasCoachingRelease(db: Queryable, personId: string, programme: string, now: Date): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM coaching_releases WHERE person_id = $1 AND programme = $2 AND (expires_at IS NULL OR expires_at > $3)', [
    personId,
    programme,
    now,
  ]);
  return rows.length > 0;
}
