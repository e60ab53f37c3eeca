import { ShiftPattern } from '@tapestry/contracts';
import { DAY_MS, HOUR_MS, isoDate, MINUTE_MS, YEAR_END, YEAR_START } from './calendar';
import type { EventLog } from './event-log';
import type { Random } from './random';
import { CONSORTIUM_NAME, LEAVING_REASONS, ORGANISATIONS, staffGroupsFor, type StaffGroup } from './staff-profiles';

export interface Organisation {
  id: string;
  siteIds: string[];
  directorateIds: string[];
}

export interface Person {
  id: string;
  organisationId: string;
  siteId: string;
  directorateId: string;
  group: StaffGroup;
  /** Position on the group's ladder at registration. */
  grade: number;
  lineManagerId: string | null;
  /** When the person's PersonLeft takes effect, or null for those who stay all year. */
  leavesAt: number | null;
}

export interface Population {
  consortiumId: string;
  organisations: Organisation[];
  people: Person[];
}

const SHIFTS: ReadonlyArray<readonly [ShiftPattern, number]> = [
  [ShiftPattern.DAYS, 45],
  [ShiftPattern.ROTATING, 22],
  [ShiftPattern.NIGHTS, 8],
  [ShiftPattern.PART_TIME, 15],
  [ShiftPattern.FLEXIBLE, 10],
];
/** Registration of everyone, as one import from the staff record, spread over the year's first days. */
const IMPORT_DAYS = 5;
const SERVICE_YEARS = 20;
const MOVE_RATE = 0.08;
const LEAVE_RATE = 0.1;

/**
 * The consortium, its members with their sites and directorates, and every member's staff: registered at the year's
 * start with start dates spread over twenty years (more of them recent), 8% promoted a band during the year and 10%
 * leaving during it.
 */
export function generatePopulation(random: Random, log: EventLog, staffCount: number): Population {
  const consortiumId = random.uuid();
  const organisations: Organisation[] = ORGANISATIONS.map((profile) => ({
    id: random.uuid(),
    siteIds: profile.sites.map(() => random.uuid()),
    directorateIds: profile.directorates.map(() => random.uuid()),
  }));
  const lead = organisations[0].id;
  let at = YEAR_START + 5 * MINUTE_MS;
  const tick = (): number => (at += 1_000);

  log.identity({ case: 'consortiumCreated', value: { consortiumId, name: CONSORTIUM_NAME } }, `consortium-${consortiumId}`, tick(), lead);
  ORGANISATIONS.forEach((profile, index) => {
    const organisation = organisations[index];
    const stream = `organisation-${organisation.id}`;
    log.identity(
      { case: 'organisationCreated', value: { organisationId: organisation.id, name: profile.name, kind: profile.kind, odsCode: profile.odsCode } },
      stream,
      tick(),
      organisation.id,
    );
    profile.sites.forEach((name, site) => {
      log.identity({ case: 'siteAdded', value: { organisationId: organisation.id, siteId: organisation.siteIds[site], name } }, stream, tick(), organisation.id);
    });
    profile.directorates.forEach((name, directorate) => {
      log.identity(
        { case: 'directorateAdded', value: { organisationId: organisation.id, directorateId: organisation.directorateIds[directorate], name } },
        stream,
        tick(),
        organisation.id,
      );
    });
    log.identity({ case: 'consortiumMemberAdded', value: { consortiumId, organisationId: organisation.id } }, `consortium-${consortiumId}`, tick(), lead);
  });

  const people = staff(random, organisations, staffCount);
  const registeredFrom = YEAR_START + HOUR_MS;
  const spacing = (IMPORT_DAYS * DAY_MS) / Math.max(1, people.length);
  people.forEach((person, index) => {
    const registeredAt = registeredFrom + Math.floor(index * spacing);
    register(random, log, person, registeredAt);
    moveAndLeave(random, log, person, registeredAt);
  });
  return { consortiumId, organisations, people };
}

function staff(random: Random, organisations: Organisation[], staffCount: number): Person[] {
  const people: Person[] = [];
  let allotted = 0;
  ORGANISATIONS.forEach((profile, index) => {
    const count = index === ORGANISATIONS.length - 1 ? staffCount - allotted : Math.round(staffCount * profile.share);
    allotted += count;
    const organisation = organisations[index];
    const groups = staffGroupsFor(profile.kind);
    const first = people.length;
    for (let n = 0; n < count; n += 1) {
      const group = random.weighted(groups.map((g) => [g, g.weight] as const));
      people.push({
        id: random.uuid(),
        organisationId: organisation.id,
        siteId: random.pick(organisation.siteIds),
        directorateId: random.pick(organisation.directorateIds),
        group,
        grade: random.weighted(group.ladder.map(([, share], grade) => [grade, share] as const)),
        lineManagerId: null,
        leavesAt: random.chance(LEAVE_RATE) ? YEAR_START + random.int(10, 360) * DAY_MS + 16 * HOUR_MS : null,
      });
    }
    assignLineManagers(random, people.slice(first));
  });
  return people;
}

/** Managers come from the upper part of their own ladder, in the same directorate where there is one. */
function assignLineManagers(random: Random, people: Person[]): void {
  const seniorByDirectorate = new Map<string, Person[]>();
  for (const person of people) {
    if (person.grade < Math.ceil(person.group.ladder.length / 2)) continue;
    const list = seniorByDirectorate.get(person.directorateId) ?? [];
    list.push(person);
    seniorByDirectorate.set(person.directorateId, list);
  }
  for (const person of people) {
    const candidates = seniorByDirectorate.get(person.directorateId) ?? [];
    const manager = candidates.length > 0 ? random.pick(candidates) : null;
    person.lineManagerId = manager && manager !== person ? manager.id : null;
  }
}

function register(random: Random, log: EventLog, person: Person, at: number): void {
  const [band, , jobTitle] = person.group.ladder[person.grade];
  // Start dates over twenty years, weighted towards recent joiners as staff turnover makes them.
  const yearsAgo = SERVICE_YEARS * random.float() ** 1.6;
  const startDate = isoDate(YEAR_START - Math.floor(yearsAgo * 365.25 * DAY_MS) - DAY_MS);
  log.identity(
    {
      case: 'personRegistered',
      value: {
        personId: person.id,
        organisationId: person.organisationId,
        displayName: `Staff member ${person.id.slice(0, 8)}`,
        workEmail: `${person.id.slice(0, 8)}@staff.example.nhs.uk`,
        jobTitle,
        staffGroup: person.group.name,
        band,
        siteId: person.siteId,
        directorateId: person.directorateId,
        shiftPattern: random.weighted(SHIFTS),
        clinical: person.group.clinical,
        lineManagerId: person.lineManagerId ?? undefined,
        startDate,
      },
    },
    `person-${person.id}`,
    at,
    person.organisationId,
  );
}

function moveAndLeave(random: Random, log: EventLog, person: Person, registeredAt: number): void {
  const stream = `person-${person.id}`;
  const lastDay = person.leavesAt ?? YEAR_END - DAY_MS;
  const firstDay = registeredAt + 7 * DAY_MS;
  if (random.chance(MOVE_RATE) && lastDay - firstDay > 14 * DAY_MS) {
    const effective = firstDay + Math.floor(random.float() * ((lastDay - firstDay) / DAY_MS - 7)) * DAY_MS;
    const day = effective - (effective % DAY_MS);
    const next = Math.min(person.grade + 1, person.group.ladder.length - 1);
    const [band, , jobTitle] = person.group.ladder[next];
    log.identity(
      {
        case: 'personMoved',
        value: {
          personId: person.id,
          organisationId: person.organisationId,
          band,
          jobTitle: next === person.grade ? `Senior ${jobTitle}` : jobTitle,
          effectiveDate: isoDate(day),
        },
      },
      stream,
      day + 9 * HOUR_MS,
      person.organisationId,
    );
  }
  if (person.leavesAt !== null) {
    log.identity(
      {
        case: 'personLeft',
        value: { personId: person.id, organisationId: person.organisationId, leavingDate: isoDate(person.leavesAt), reason: random.weighted(LEAVING_REASONS) },
      },
      stream,
      person.leavesAt,
      person.organisationId,
    );
  }
}
