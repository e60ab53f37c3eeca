import { Injectable } from '@nestjs/common';
import type { Principal } from '@tapestry/auth';
import { DomainError, handleCommand } from '@tapestry/eventsourcing';
import { metadataFor, optionalText, requireText, requireUuid } from '@tapestry/nest-kit';
import { distinctIgnoringCase } from '../common';
import { findPerson } from '../directory/directory.queries';
import { MatchingClock } from '../infrastructure/matching-clock';
import { MatchingStore } from '../infrastructure/matching-store';
import type { MeetingFormat } from '../optimiser/round.types';
import { coachDecider, coachStreamId, MAX_CAPACITY, type CoachPreferences } from './coach.decider';

export interface CoachPreferencesInput {
  capacity: number;
  siteIds?: string[] | null;
  tags?: string[] | null;
  formats?: string[] | null;
  gender?: string | null;
  paused?: boolean | null;
}

const FORMATS: readonly MeetingFormat[] = ['in_person', 'remote'];
const MAX_TAGS = 20;

export function validCoachPreferences(input: CoachPreferencesInput): CoachPreferences {
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > MAX_CAPACITY) {
    throw new DomainError('BAD_USER_INPUT', `Capacity is how many people you support at once: a whole number from 1 to ${MAX_CAPACITY}; got ${input.capacity}.`, {
      field: 'capacity',
    });
  }
  const formats = [...new Set((input.formats ?? ['in_person', 'remote']).map((format) => format.toLowerCase()))];
  const unknown = formats.find((format) => !(FORMATS as readonly string[]).includes(format));
  if (unknown !== undefined || formats.length === 0) {
    throw new DomainError('BAD_USER_INPUT', 'Formats must be one or both of IN_PERSON and REMOTE.', { field: 'formats' });
  }
  const tags = input.tags ?? [];
  if (tags.length > MAX_TAGS) throw new DomainError('BAD_USER_INPUT', `At most ${MAX_TAGS} experience tags; got ${tags.length}.`, { field: 'tags' });
  return {
    capacity: input.capacity,
    siteIds: [...new Set((input.siteIds ?? []).map((site) => requireUuid(site, 'siteIds')))],
    tags: distinctIgnoringCase(tags.map((tag) => requireText(tag, 'Experience tag', 80))),
    formats: formats as MeetingFormat[],
    gender: optionalText(input.gender, 'Gender', 40),
  };
}

/** A coach or mentor sets how they can be matched: capacity, sites, experience, formats, pause. */
@Injectable()
export class CoachCommands {
  constructor(
    private readonly store: MatchingStore,
    private readonly clock: MatchingClock,
  ) {}

  async setPreferences(principal: Principal, input: CoachPreferencesInput): Promise<void> {
    const preferences = validCoachPreferences(input);
    const coach = await findPerson(this.store.pool, principal.personId);
    if (!coach || coach.status !== 'active') {
      throw new DomainError('NOT_FOUND', 'Matching has not heard of you from your organisation yet; try again in a few minutes.');
    }
    const { rows } = await this.store.pool.query('SELECT 1 FROM coach_eligibility WHERE person_id = $1 AND eligible LIMIT 1', [coach.personId]);
    if (rows.length === 0) {
      throw new DomainError('NOT_ELIGIBLE', 'You are not yet eligible to coach or mentor: finish your training and get your line manager’s approval first.');
    }
    await this.store.transact((events) =>
      handleCommand(
        events,
        coachDecider,
        coachStreamId(coach.personId),
        'coach',
        { type: 'SetCoachPreferences', coachId: coach.personId, organisationId: coach.organisationId, preferences, paused: input.paused ?? null, now: this.clock.now() },
        metadataFor(principal, coach.organisationId),
        { retryOnConflict: true },
      ),
    );
  }
}
