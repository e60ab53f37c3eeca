import { CancellationReason, ClosureOutcome, ClosureReason, PractitionerRole, Programme, RelationshipRole, toTimestamp } from '@tapestry/contracts';
import { DAY_MS, HOUR_MS, isoDate, MINUTE_MS, nextRound, startOfDay, YEAR_END, YEAR_START } from './calendar';
import type { EventLog } from './event-log';
import type { Person, Population } from './population';
import type { Random } from './random';
import type { Coach } from './training-year';

const REQUEST_RATE = 0.04;
const WITHDRAW_RATE = 0.04;
/** Chance a waiting request is matched at a given weekly round. */
const ROUND_MATCH_CHANCE = 0.6;
const DECLINE_RATE = 0.1;
const RETRY_AFTER_DECLINE = 0.7;
const SAME_ORGANISATION = 0.85;
const SESSIONS_PLANNED = 6;
const EARLY_CLOSE_RATE = 0.08;
const CANCEL_RATE = 0.11;
const RESCHEDULE_RATE = 0.45;

const DURATIONS: ReadonlyArray<readonly [number, number]> = [
  [45, 10],
  [60, 35],
  [75, 20],
  [90, 35],
];
const CANCELLATIONS: ReadonlyArray<readonly [CancellationReason, number]> = [
  [CancellationReason.CLINICAL_PRESSURE, 35],
  [CancellationReason.STAFFING, 20],
  [CancellationReason.SICKNESS, 20],
  [CancellationReason.LEAVE, 15],
  [CancellationReason.PERSONAL, 7],
  [CancellationReason.OTHER, 3],
];
const EARLY_CLOSURES: ReadonlyArray<readonly [ClosureReason, number]> = [
  [ClosureReason.NO_TIME, 45],
  [ClosureReason.NO_LONGER_NEEDED, 30],
  [ClosureReason.NOT_WORKING, 25],
];

interface Request {
  id: string;
  person: Person;
  at: number;
  role: Coach['role'];
}

type Introduction = { outcome: 'declined'; settledAt: number } | { outcome: 'activated' | 'pending' };

/**
 * Matching's year: 4% of staff ask for a coach or mentor; weekly rounds introduce most of them (85% within their own
 * organisation), a tenth of introductions are declined after the chemistry meeting and the request goes back to the
 * rounds; the rest meet about monthly (some sessions cancelled, some of those rescheduled) and close after six sessions,
 * earlier for some, or when the coachee leaves.
 */
export function generateMatching(random: Random, log: EventLog, population: Population, coaches: readonly Coach[]): void {
  const pools = new Map<string, Coach[]>();
  for (const coach of coaches) {
    for (const key of [`${coach.role}`, `${coach.role}:${coach.person.organisationId}`]) {
      const pool = pools.get(key) ?? [];
      pool.push(coach);
      pools.set(key, pool);
    }
  }
  const coachIds = new Set(coaches.map((coach) => coach.person.id));
  const requests = pickRequests(random, population.people, coachIds);
  for (const request of requests) ask(random, log, request, pools);
}

function pickRequests(random: Random, people: readonly Person[], coachIds: ReadonlySet<string>): Request[] {
  const count = Math.round(people.length * REQUEST_RATE);
  const requests: Request[] = [];
  const asked = new Set<string>();
  while (requests.length < count) {
    const person = random.pick(people);
    const at = YEAR_START + random.int(7, 348) * DAY_MS + random.int(8 * 60, 18 * 60) * MINUTE_MS;
    if (coachIds.has(person.id) || asked.has(person.id) || (person.leavesAt !== null && person.leavesAt < at + 45 * DAY_MS)) continue;
    asked.add(person.id);
    requests.push({ id: random.uuid(), person, at, role: random.chance(0.75) ? PractitionerRole.COACH : PractitionerRole.MENTOR });
  }
  // Rounds see requests in the order they came, so coaches' loads build up as they would.
  return requests.sort((a, b) => a.at - b.at);
}

function ask(random: Random, log: EventLog, request: Request, pools: ReadonlyMap<string, Coach[]>): void {
  const { person } = request;
  log.matching(
    {
      case: 'supportRequested',
      value: {
        requestId: request.id,
        requesterId: person.id,
        organisationId: person.organisationId,
        programme: Programme.GENERAL,
        wants: relationshipRole(request.role),
      },
    },
    `request-${request.id}`,
    request.at,
    person.organisationId,
  );
  if (random.chance(WITHDRAW_RATE)) {
    const withdrawnAt = request.at + random.int(3, 25) * DAY_MS;
    if (withdrawnAt < YEAR_END) {
      log.matching(
        { case: 'requestWithdrawn', value: { requestId: request.id, requesterId: person.id, organisationId: person.organisationId, programme: Programme.GENERAL } },
        `request-${request.id}`,
        withdrawnAt,
        person.organisationId,
      );
    }
    return;
  }
  let round = nextRound(request.at + 2 * DAY_MS);
  let declines = 0;
  while (round < YEAR_END) {
    const coach = random.chance(ROUND_MATCH_CHANCE) ? findCoach(random, request, round, pools) : null;
    if (!coach) {
      round += 7 * DAY_MS;
      continue;
    }
    const introduction = introduce(random, log, request, coach, round + random.int(1, 120) * MINUTE_MS);
    if (introduction.outcome !== 'declined') return;
    declines += 1;
    if (declines >= 2 || !random.chance(RETRY_AFTER_DECLINE)) return;
    round = nextRound(introduction.settledAt + DAY_MS);
  }
}

function findCoach(random: Random, request: Request, at: number, pools: ReadonlyMap<string, Coach[]>): Coach | null {
  const local = random.chance(SAME_ORGANISATION);
  const order = local ? [`${request.role}:${request.person.organisationId}`, `${request.role}`] : [`${request.role}`];
  for (const key of order) {
    const pool = pools.get(key) ?? [];
    for (let attempt = 0; attempt < 30 && pool.length > 0; attempt += 1) {
      const coach = random.pick(pool);
      if (coach.eligibleAt > at - DAY_MS || coach.person === request.person) continue;
      // Rounds prefer a coach from another directorate: outside the coachee's own line of management.
      if (coach.person.directorateId === request.person.directorateId && !random.chance(0.3)) continue;
      const load = coach.busy.filter(([from, to]) => from <= at && at < to).length;
      if (load < coach.capacity) return coach;
    }
  }
  return null;
}

function introduce(random: Random, log: EventLog, request: Request, coach: Coach, introducedAt: number): Introduction {
  const relationshipId = random.uuid();
  const stream = `relationship-${relationshipId}`;
  const coachee = request.person;
  const coachOrganisation = coach.person.organisationId;
  const chemistryAt = startOfDay(introducedAt) + random.int(7, 14) * DAY_MS + random.int(10, 16) * HOUR_MS;
  log.matching(
    {
      case: 'relationshipIntroduced',
      value: {
        relationshipId,
        requestId: request.id,
        coachId: coach.person.id,
        organisationId: coachOrganisation,
        coacheeId: coachee.id,
        coacheeOrganisationId: coachee.organisationId,
        programme: Programme.GENERAL,
        role: relationshipRole(coach.role),
        requestedAt: toTimestamp(new Date(request.at)),
        introducedAt: toTimestamp(new Date(introducedAt)),
        chemistryMeetingAt: toTimestamp(new Date(chemistryAt)),
        crossesDirectorate: coach.person.directorateId !== coachee.directorateId,
        crossesStaffGroup: coach.person.group.name !== coachee.group.name,
        crossesOrganisation: coachOrganisation !== coachee.organisationId,
      },
    },
    stream,
    introducedAt,
    coachOrganisation,
  );
  const busy: [number, number] = [introducedAt, Number.POSITIVE_INFINITY];
  coach.busy.push(busy);
  if (chemistryAt >= YEAR_END) return { outcome: 'pending' };
  const ids = { relationshipId, coachId: coach.person.id, organisationId: coachOrganisation };
  log.matching({ case: 'chemistryMeetingHeld', value: { ...ids, heldOn: isoDate(chemistryAt) } }, stream, chemistryAt + HOUR_MS, coachOrganisation);
  if (random.chance(DECLINE_RATE)) {
    const declinedAt = chemistryAt + 3 * HOUR_MS;
    log.matching({ case: 'relationshipDeclined', value: { ...ids, requestId: request.id } }, stream, declinedAt, coachOrganisation);
    busy[1] = declinedAt;
    return { outcome: 'declined', settledAt: declinedAt };
  }
  const activeFrom = startOfDay(chemistryAt) + random.int(0, 3) * DAY_MS;
  if (activeFrom + 9 * HOUR_MS >= YEAR_END) return { outcome: 'pending' };
  log.matching(
    { case: 'relationshipActivated', value: { ...ids, activeFrom: isoDate(activeFrom), reviewDueOn: isoDate(activeFrom + 90 * DAY_MS) } },
    stream,
    Math.max(activeFrom + 9 * HOUR_MS, chemistryAt + 2 * HOUR_MS),
    coachOrganisation,
  );
  busy[1] = meet(random, log, { ...ids, stream, role: relationshipRole(coach.role), coachee, activeFrom });
  return { outcome: 'activated' };
}

interface Relationship {
  relationshipId: string;
  coachId: string;
  organisationId: string;
  stream: string;
  role: RelationshipRole;
  coachee: Person;
  activeFrom: number;
}

/** Monthly sessions until the relationship closes; returns when it closed (or would have, for those still running). */
function meet(random: Random, log: EventLog, relationship: Relationship): number {
  const { relationshipId, coachId, organisationId, stream, role, coachee, activeFrom } = relationship;
  const target = random.chance(EARLY_CLOSE_RATE) ? random.int(2, 3) : SESSIONS_PLANNED;
  const until = Math.min(YEAR_END, coachee.leavesAt ?? YEAR_END);
  let held = 0;
  let last = activeFrom;
  const logSession = (on: number): void => {
    const minutes = random.weighted(DURATIONS);
    log.matching(
      { case: 'sessionLogged', value: { relationshipId, sessionId: random.uuid(), coachId, organisationId, role, heldOn: isoDate(on), durationMinutes: minutes } },
      stream,
      on + minutes * MINUTE_MS,
      organisationId,
    );
    held += 1;
    last = on;
  };
  for (let month = 0; held < target; month += 1) {
    const planned = startOfDay(activeFrom) + (7 + 30 * month + random.int(-4, 4)) * DAY_MS + random.int(9, 16) * HOUR_MS;
    if (planned >= until) break;
    if (!random.chance(CANCEL_RATE)) {
      logSession(planned);
      continue;
    }
    const rescheduledTo = random.chance(RESCHEDULE_RATE) ? planned + random.int(7, 14) * DAY_MS : null;
    log.matching(
      {
        case: 'sessionCancelled',
        value: {
          relationshipId,
          sessionId: random.uuid(),
          coachId,
          organisationId,
          plannedOn: isoDate(planned),
          reason: random.weighted(CANCELLATIONS),
          rescheduledTo: rescheduledTo === null ? undefined : isoDate(rescheduledTo),
        },
      },
      stream,
      planned - DAY_MS,
      organisationId,
    );
    if (rescheduledTo !== null && rescheduledTo < until) logSession(rescheduledTo);
  }
  const leftFirst = coachee.leavesAt !== null && held < target && coachee.leavesAt < YEAR_END;
  const closedAt = leftFirst ? (coachee.leavesAt ?? YEAR_END) + HOUR_MS : startOfDay(last) + random.int(7, 21) * DAY_MS + 12 * HOUR_MS;
  if (held < target && !leftFirst) return Number.POSITIVE_INFINITY;
  if (closedAt >= YEAR_END) return closedAt;
  const reason = leftFirst
    ? ClosureReason.LEFT_ORGANISATION
    : target < SESSIONS_PLANNED
      ? random.weighted(EARLY_CLOSURES)
      : random.weighted([
          [ClosureReason.GOALS_MET, 65],
          [ClosureReason.TERM_ENDED, 30],
          [ClosureReason.OTHER, 5],
        ] as const);
  const outcome =
    reason === ClosureReason.GOALS_MET
      ? ClosureOutcome.ACHIEVED
      : reason === ClosureReason.TERM_ENDED
        ? random.weighted([
            [ClosureOutcome.ACHIEVED, 50],
            [ClosureOutcome.PARTLY_ACHIEVED, 50],
          ] as const)
        : random.weighted([
            [ClosureOutcome.PARTLY_ACHIEVED, 50],
            [ClosureOutcome.NOT_ACHIEVED, 50],
          ] as const);
  log.matching(
    { case: 'relationshipClosed', value: { relationshipId, coachId, organisationId, closedOn: isoDate(closedAt), reason, outcome, sessionsHeld: held } },
    stream,
    closedAt,
    organisationId,
  );
  return closedAt;
}

const relationshipRole = (role: Coach['role']): RelationshipRole => (role === PractitionerRole.COACH ? RelationshipRole.COACH : RelationshipRole.MENTOR);
