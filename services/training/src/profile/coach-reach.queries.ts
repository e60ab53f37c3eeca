import { requireUuid } from '@tapestry/nest-kit';
import type { RoleGrant } from '@tapestry/auth';
import { DomainError, type Queryable } from '@tapestry/eventsourcing';
import { organisationReachOf } from '../access/organisation-reach.queries';
import { findTrainingPerson } from '../people-directory/people-directory.queries';
import type { CoachReach } from './coach-access';

export interface TrainingPersonFacts extends CoachReach {
  displayName: string;
  roles: RoleGrant[];
}

/** A person as training knows them from identity's events, with their organisation's consortia; null when unknown. */
export async function findPersonFacts(db: Queryable, personId: string): Promise<TrainingPersonFacts | null> {
  const person = await findTrainingPerson(db, personId);
  if (!person) return null;
  const { displayName, status, roles } = person;
  return { ...(await organisationReachOf(db, person.organisationId)), personId, displayName, status, roles };
}

/** Like findPersonFacts, but NOT_FOUND when training has not heard of the person. */
export async function requirePersonFacts(db: Queryable, personId: string, field = 'personId'): Promise<TrainingPersonFacts> {
  const facts = await findPersonFacts(db, requireUuid(personId, field));
  if (!facts) throw new DomainError('NOT_FOUND', `No person with id ${personId} is known to training.`, { field });
  return facts;
}
