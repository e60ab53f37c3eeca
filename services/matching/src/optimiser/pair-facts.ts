import type { RuleContext } from './rule-context';
import { PROGRAMMES, type OpenRequest, type PoolCoach, type Programme, type ShiftPattern, type SupportKind } from './round.types';

/** One bit per (programme, kind): eligibility becomes a single AND in the pair loop. */
export function eligibilityBit(programme: Programme, kind: SupportKind): number {
  return 1 << (PROGRAMMES.indexOf(programme) * 2 + (kind === 'coaching' ? 0 : 1));
}

/** A coach with every fact the rules and the score read, as numbers. */
export interface CoachFacts {
  coach: PoolCoach;
  person: number;
  organisation: number;
  site: number;
  /** Sites they can meet at in person (their own when they listed none). */
  meetSites: ReadonlySet<number>;
  directorate: number;
  staffGroup: number;
  shift: ShiftPattern;
  manager: number;
  managersManager: number;
  eligibility: number;
  gender: number;
  inPerson: boolean;
  remote: boolean;
  /** Places left before this round: capacity less current relationships. */
  freeSlots: number;
}

export interface RequestFacts {
  request: OpenRequest;
  person: number;
  organisation: number;
  site: number;
  directorate: number;
  staffGroup: number;
  manager: number;
  managersManager: number;
  eligibilityBit: number;
  gender: number;
  declined: ReadonlySet<number> | undefined;
  excluded: ReadonlySet<number> | undefined;
}

function managerId(context: RuleContext, personId: string, recorded: string | null | undefined): string | null {
  if (recorded) return recorded;
  return context.managerOf.get(personId) ?? null;
}

/** Manager and manager's manager, from the person's own record first and the round's line-manager map after. */
function chain(context: RuleContext, personId: string, recorded: string | null): [number, number] {
  const first = managerId(context, personId, recorded);
  const second = first === null ? null : managerId(context, first, undefined);
  return [context.persons.ofNullable(first), context.persons.ofNullable(second)];
}

export function coachFacts(context: RuleContext, coach: PoolCoach): CoachFacts {
  const { person } = coach;
  const [manager, managersManager] = chain(context, person.personId, person.lineManagerId);
  const site = context.sites.ofNullable(person.siteId);
  const listed = coach.siteIds.map((siteId) => context.sites.of(siteId));
  return {
    coach,
    person: context.persons.of(person.personId),
    organisation: context.organisations.of(person.organisationId),
    site,
    meetSites: new Set(listed.length > 0 ? listed : site >= 0 ? [site] : []),
    directorate: context.directorates.ofNullable(person.directorateId),
    staffGroup: context.staffGroups.of(person.staffGroup),
    shift: person.shiftPattern,
    manager,
    managersManager,
    eligibility: coach.eligibility.reduce((bits, { programme, kind }) => bits | eligibilityBit(programme, kind), 0),
    gender: context.genders.ofNullable(coach.gender),
    inPerson: coach.formats.includes('in_person'),
    remote: coach.formats.includes('remote'),
    freeSlots: Math.max(0, coach.capacity - coach.activeRelationships),
  };
}

export function requestFacts(context: RuleContext, request: OpenRequest): RequestFacts {
  const { requester } = request;
  const [manager, managersManager] = chain(context, requester.personId, requester.lineManagerId);
  return {
    request,
    person: context.persons.of(requester.personId),
    organisation: context.organisations.of(requester.organisationId),
    site: context.sites.ofNullable(requester.siteId),
    directorate: context.directorates.ofNullable(requester.directorateId),
    staffGroup: context.staffGroups.of(requester.staffGroup),
    manager,
    managersManager,
    eligibilityBit: eligibilityBit(request.programme, request.kind),
    gender: context.genders.ofNullable(request.preferences.gender),
    declined: context.declinedByRequester.get(requester.personId),
    excluded: context.excludedByRequest.get(request.requestId),
  };
}
