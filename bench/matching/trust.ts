import { DEFAULT_WEIGHTS } from '../../services/matching/src/optimiser/default-weights';
import type {
  MeetingFormat,
  OpenRequest,
  PersonFacts,
  PoolCoach,
  RoundInput,
  ShiftPattern,
  SupportKind,
} from '../../services/matching/src/optimiser/round.types';

/**
 * A seeded round that looks like an NHS trust in a small consortium: a main trust with most of the staff, a police
 * force it shares its pool with, and a council it does not; a handful of sites, directorates and staff groups; a
 * line-management tree about eight wide; shift patterns weighted as on wards; a vocabulary of experience tags.
 */

/** mulberry32: small, fast and the same on every machine, which is all a benchmark's data needs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ORGANISATIONS: Array<[string, number]> = [
  ['org-trust', 0.8],
  ['org-police', 0.12],
  ['org-council', 0.08],
];
const SITES = ['site-royal', 'site-general', 'site-community-north', 'site-community-south', 'site-mental-health', 'site-hq'];
const DIRECTORATES = ['dir-medicine', 'dir-surgery', 'dir-women-children', 'dir-mental-health', 'dir-community', 'dir-diagnostics', 'dir-corporate', 'dir-estates'];
const STAFF_GROUPS: Array<[string, number]> = [
  ['nursing and midwifery', 0.35],
  ['medical and dental', 0.15],
  ['allied health professionals', 0.15],
  ['administrative and clerical', 0.2],
  ['estates and ancillary', 0.08],
  ['healthcare scientists', 0.07],
];
const SHIFTS: Array<[ShiftPattern, number]> = [
  ['days', 0.45],
  ['nights', 0.1],
  ['rotating', 0.2],
  ['part_time', 0.12],
  ['flexible', 0.1],
  ['unknown', 0.03],
];
export const TAGS = [
  'led a band-7 interview panel',
  'moved from clinical work into management',
  'returned to work after maternity leave',
  'completed a masters while working full time',
  'managed a ward budget',
  'led a quality improvement project',
  'worked night shifts for years',
  'chaired a multidisciplinary team meeting',
  'applied for a consultant post',
  'handled a formal grievance',
  'mentored international recruits',
  'led a service redesign',
  'published clinical research',
  'moved between NHS organisations',
  'led a team through a CQC inspection',
  'balanced caring responsibilities with shifts',
  'built a career as a BAME leader in the NHS',
  'trained as a nurse associate',
  'took on a first line-manager role',
  'led a digital change programme',
  'worked in critical care',
  'spoke at a national conference',
  'managed sickness absence in a team',
  'became a ward sister',
  'worked in community mental health',
  'led safeguarding investigations',
  'retrained from administration into a clinical role',
  'set up a staff network',
  'negotiated a job plan',
  'led an estates project',
];
const GOAL_OPENERS = ['I would like help to', 'I want to get better at', 'Next year I hope to', 'I am struggling to'];
const GOAL_ENDS = ['prepare for a band 7 interview panel', 'manage a ward budget', 'lead a quality improvement project', 'apply for a consultant post', 'balance caring with shifts', 'take on a first line manager role'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function weighted<T>(random: () => number, items: ReadonlyArray<[T, number]>): T {
  let roll = random();
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1][0];
}

function sample<T>(random: () => number, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items));
  return [...chosen];
}

/** Staff in a line-management tree: person i reports to someone created before them, about eight to a manager. */
function staff(random: () => number, count: number): { people: PersonFacts[]; lineManagers: Record<string, string | null> } {
  const people: PersonFacts[] = [];
  const lineManagers: Record<string, string | null> = {};
  for (let index = 0; index < count; index++) {
    const personId = `person-${index.toString().padStart(6, '0')}`;
    const managerIndex = index === 0 ? -1 : Math.floor((index - 1) / 8);
    const manager = managerIndex < 0 ? null : people[managerIndex];
    // Teams share an organisation, and mostly a directorate and site, with their manager.
    const organisationId = manager && random() < 0.97 ? manager.organisationId : weighted(random, ORGANISATIONS);
    const person: PersonFacts = {
      personId,
      organisationId,
      siteId: manager && random() < 0.7 ? manager.siteId : pick(random, SITES),
      directorateId: manager && random() < 0.8 ? manager.directorateId : pick(random, DIRECTORATES),
      staffGroup: weighted(random, STAFF_GROUPS),
      band: String(2 + Math.floor(random() * 7)),
      shiftPattern: weighted(random, SHIFTS),
      lineManagerId: manager?.personId ?? null,
    };
    people.push(person);
    lineManagers[personId] = person.lineManagerId;
  }
  return { people, lineManagers };
}

function formats(random: () => number): MeetingFormat[] {
  const roll = random();
  return roll < 0.6 ? ['in_person', 'remote'] : roll < 0.85 ? ['in_person'] : ['remote'];
}

export function trustRound(seed: number, coachCount: number, requestCount: number): RoundInput {
  const random = seededRandom(seed);
  const now = Date.parse('2025-06-02T09:00:00.000Z');
  const { people, lineManagers } = staff(random, Math.ceil((coachCount + requestCount) * 1.3));
  // Coaches tend to be more senior: drawn from the upper part of the tree more often.
  const shuffled = [...people].sort(() => random() - 0.5);
  const coachPeople = shuffled.slice(0, coachCount);
  const requesters = shuffled.slice(coachCount, coachCount + requestCount);
  const coaches: PoolCoach[] = coachPeople.map((person) => {
    const eligibility: Array<{ programme: 'GENERAL'; kind: SupportKind }> = [];
    if (random() < 0.75) eligibility.push({ programme: 'GENERAL', kind: 'coaching' });
    if (random() < 0.65) eligibility.push({ programme: 'GENERAL', kind: 'mentoring' });
    return {
      person,
      eligibility,
      capacity: 2,
      activeRelationships: random() < 0.25 ? 1 : 0,
      siteIds: random() < 0.3 ? sample(random, SITES, 2) : [],
      formats: formats(random),
      tags: sample(random, TAGS, 2 + Math.floor(random() * 4)),
      gender: pick(random, ['woman', 'woman', 'man', null]),
      paused: random() < 0.04,
      unresponsive: random() < 0.02,
    };
  });
  const requests: OpenRequest[] = requesters.map((requester, index) => ({
    requestId: `request-${index.toString().padStart(6, '0')}`,
    requester,
    programme: 'GENERAL',
    kind: random() < 0.55 ? 'coaching' : 'mentoring',
    topics: sample(random, TAGS, Math.floor(random() * 3)),
    goals: random() < 0.6 ? `${pick(random, GOAL_OPENERS)} ${pick(random, GOAL_ENDS)}.` : '',
    preferences: {
      site: random() < 0.3 ? 'same' : 'any',
      format: weighted(random, [
        ['either', 0.6],
        ['in_person', 0.25],
        ['remote', 0.15],
      ]),
      shiftCompatible: random() < 0.5,
      outsideDirectorate: random() < 0.4,
      outsideStaffGroup: random() < 0.2,
      outsideOrganisation: random() < 0.05,
      notSameTeam: random() < 0.7,
      gender: random() < 0.1 ? pick(random, ['woman', 'man']) : null,
    },
    requestedAt: new Date(now - random() * 20 * 7 * 86_400_000).toISOString(),
  }));
  const declinedPairs: Array<[string, string]> = [];
  for (let index = 0; index < requestCount / 50; index++) declinedPairs.push([pick(random, requesters).personId, pick(random, coachPeople).personId]);
  return {
    programme: 'GENERAL',
    requests,
    coaches,
    weights: { ...DEFAULT_WEIGHTS },
    pins: [],
    exclusions: [],
    declinedPairs,
    lineManagers,
    sharingOrganisations: [['org-trust', 'org-police']],
    now: new Date(now).toISOString(),
  };
}
