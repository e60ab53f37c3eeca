import { randomUUID } from 'node:crypto';
import { handleCommand, type Decider, type EventMetadata, type EventStore, type Queryable, type ServiceStore } from '@tapestry/eventsourcing';
import { findTrainingPerson } from '../people-directory/people-directory.queries';
import { eligibilityChanges } from './eligibility-changes';
import { eligibilityOf } from './eligibility';
import { eligibilityFactsOf } from './eligibility-facts';
import type { CoachEligibilityChanged, Eligibility, EligibilityFacts } from './eligibility.types';

export const ELIGIBILITY_STREAM_TYPE = 'eligibility';
export const eligibilityStream = (personId: string): string => `eligibility-${personId}`;

/** What the person's eligibility stream has published: eligible or not, per `programme/role`. */
type Published = ReadonlyMap<string, boolean>;

/**
 * The stream of a person's published eligibility. Its state is what matching has been told; a recompute publishes
 * only the flips from there, so a recompute that changes nothing appends nothing.
 */
const publishedEligibility: Decider<EligibilityFacts, CoachEligibilityChanged, Published> = {
  initialState: new Map(),
  evolve: (state, event) => new Map(state).set(`${event.data.programme}/${event.data.role}`, event.data.eligible),
  decide: (facts, state) => {
    const after = eligibilityOf(facts);
    const before: Eligibility = {
      ...after,
      entries: after.entries.map((entry) => ({ ...entry, eligible: state.get(`${entry.programme}/${entry.role}`) ?? false })),
    };
    return eligibilityChanges(before, after);
  },
};

export function systemMetadata(actor: string, organisationId?: string, causationId?: string): EventMetadata {
  return {
    correlationId: randomUUID(),
    actor: `system:${actor}`,
    ...(organisationId ? { organisationId } : {}),
    ...(causationId ? { causationId } : {}),
    schemaVersion: 1,
  };
}

/**
 * Recomputes the person's eligibility at `now` inside the caller's transaction and appends a CoachEligibilityChanged
 * per programme and role that flipped to `eligibility-<personId>` (the relay publishes them). Call it in the
 * transaction that changed an approval or the person; training records are read from the read model, so call it after
 * a completion has been projected (refreshEligibility does). Returns the events appended.
 */
export async function recomputeEligibility(
  events: EventStore,
  client: Queryable,
  personId: string,
  now: Date,
  metadata: EventMetadata = systemMetadata('eligibility'),
): Promise<CoachEligibilityChanged[]> {
  // Two recomputes for one person would both read the stream and one would fail its append: take turns instead.
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [eligibilityStream(personId)]);
  const person = await findTrainingPerson(client, personId);
  if (!person) return [];
  const facts = await eligibilityFactsOf(events, client, person, now);
  const result = await handleCommand(events, publishedEligibility, eligibilityStream(personId), ELIGIBILITY_STREAM_TYPE, facts, {
    ...metadata,
    organisationId: metadata.organisationId ?? person.organisationId,
  });
  return result.events;
}

/** Recomputes in a transaction of its own, once the read models show what the caller committed (e.g. a completion). */
export function refreshEligibility(store: ServiceStore, personId: string, now: Date, metadata?: EventMetadata): Promise<CoachEligibilityChanged[]> {
  return store.transact((events, client) => recomputeEligibility(events, client, personId, now, metadata));
}

/** The person's eligibility in every programme and role right now, with reasons; null when training does not know them. */
export async function currentEligibility(events: EventStore, db: Queryable, personId: string, now: Date): Promise<Eligibility | null> {
  const person = await findTrainingPerson(db, personId);
  return person ? eligibilityOf(await eligibilityFactsOf(events, db, person, now)) : null;
}
