import type { OpenRequest, PersonFacts, PoolCoach, RoundInput, ScoreWeights } from './round.types';

/** Builders for tests: a plausible default for every field, overridden by what the test is about. */

export const NOW = '2025-06-02T09:00:00.000Z';
export const WEIGHTS: ScoreWeights = { location: 1, shift: 1, experience: 2, silo: 1, waiting: 1, load: 1 };

export function weeksBefore(weeks: number, now = NOW): string {
  return new Date(Date.parse(now) - weeks * 7 * 86_400_000).toISOString();
}

export function person(personId: string, overrides: Partial<PersonFacts> = {}): PersonFacts {
  return {
    personId,
    organisationId: 'org-trust',
    siteId: 'site-general',
    directorateId: 'dir-medicine',
    staffGroup: 'nursing',
    band: '6',
    shiftPattern: 'days',
    lineManagerId: null,
    ...overrides,
  };
}

export function coach(personId: string, overrides: Partial<Omit<PoolCoach, 'person'>> & { person?: Partial<PersonFacts> } = {}): PoolCoach {
  const { person: personOverrides, ...rest } = overrides;
  return {
    person: person(personId, personOverrides),
    eligibility: [
      { programme: 'GENERAL', kind: 'coaching' },
      { programme: 'GENERAL', kind: 'mentoring' },
    ],
    capacity: 2,
    activeRelationships: 0,
    siteIds: [],
    formats: ['in_person', 'remote'],
    tags: [],
    gender: null,
    paused: false,
    unresponsive: false,
    ...rest,
  };
}

export function request(
  requestId: string,
  overrides: Partial<Omit<OpenRequest, 'requester' | 'preferences'>> & { requester?: Partial<PersonFacts>; preferences?: Partial<OpenRequest['preferences']> } = {},
): OpenRequest {
  const { requester, preferences, ...rest } = overrides;
  return {
    requestId,
    requester: person(`p-${requestId}`, requester),
    programme: 'GENERAL',
    kind: 'mentoring',
    topics: [],
    goals: '',
    preferences: {
      site: 'any',
      format: 'either',
      shiftCompatible: false,
      outsideDirectorate: false,
      outsideStaffGroup: false,
      outsideOrganisation: false,
      notSameTeam: false,
      gender: null,
      ...preferences,
    },
    requestedAt: weeksBefore(1),
    ...rest,
  };
}

export function roundInput(overrides: Partial<RoundInput> = {}): RoundInput {
  return {
    programme: 'GENERAL',
    requests: [],
    coaches: [],
    weights: WEIGHTS,
    pins: [],
    exclusions: [],
    declinedPairs: [],
    lineManagers: {},
    sharingOrganisations: [],
    now: NOW,
    ...overrides,
  };
}
