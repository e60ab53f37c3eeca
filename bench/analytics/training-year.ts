import { ApprovalDecidedAs, ApprovalKind, CourseKind, PractitionerRole, Programme, toTimestamp } from '@tapestry/contracts';
import { DAY_MS, HOUR_MS, isoDate, MINUTE_MS, YEAR, YEAR_START } from './calendar';
import type { EventLog } from './event-log';
import type { Person, Population } from './population';
import type { Random } from './random';

export interface Coach {
  person: Person;
  role: PractitionerRole.COACH | PractitionerRole.MENTOR;
  /** When CoachEligibilityChanged made the person eligible. */
  eligibleAt: number;
  capacity: number;
  /** [introduced, closed or declined) of every relationship: the load at a time is how many cover it. */
  busy: Array<[number, number]>;
}

const TRAINED_RATE = 0.03;
/** Share of the year's trainees on the January courses: the pool matching starts the year with. */
const JANUARY_SHARE = 0.3;
const MENTOR_SHARE = 0.25;
/** People who ask to practise and are not trained within the year: the registered backlog. */
const INTEREST_RATE = 0.006;
const COURSE_DAY = 10;

interface Course {
  id: string;
  role: Coach['role'];
  /** Training event id per month, January = 0 .. November = 10. */
  cohorts: string[];
}

/**
 * Training's year: each organisation's coaching and mentoring courses and their monthly cohorts; 3% of staff (more
 * of them senior) ask to practise, are approved, complete a course and become eligible coaches or mentors; a further
 * 0.6% ask and are approved, declined or left waiting.
 */
export function generateTraining(random: Random, log: EventLog, population: Population): Coach[] {
  const courses = new Map(population.organisations.map((organisation) => [organisation.id, createCourses(random, log, organisation.id)]));
  const trainees = pickTrainees(random, population.people, Math.round(population.people.length * TRAINED_RATE));
  const coaches = trainees.map((person) => {
    const month = random.chance(JANUARY_SHARE) ? 0 : random.int(1, 10);
    const role = random.chance(MENTOR_SHARE) ? PractitionerRole.MENTOR : PractitionerRole.COACH;
    const course = (courses.get(person.organisationId) ?? []).find((candidate) => candidate.role === role);
    if (!course) throw new Error(`No course for ${person.organisationId}`);
    return train(random, log, person, course, month);
  });
  const taken = new Set(trainees.map((person) => person.id));
  const interested = Math.round(population.people.length * INTEREST_RATE);
  for (let n = 0; n < interested; n += 1) {
    const person = random.pick(population.people);
    if (taken.has(person.id) || person.leavesAt !== null) continue;
    taken.add(person.id);
    registerInterest(random, log, person);
  }
  return coaches;
}

function createCourses(random: Random, log: EventLog, organisationId: string): Course[] {
  const specs = [
    { role: PractitionerRole.COACH, title: 'Coaching for Wellbeing: Foundation', kind: CourseKind.FOUNDATION, hours: 21 },
    { role: PractitionerRole.MENTOR, title: 'Mentoring Essentials', kind: CourseKind.FOUNDATION, hours: 14 },
  ] as const;
  return specs.map((spec) => {
    const id = random.uuid();
    const stream = `course-${id}`;
    log.training(
      {
        case: 'courseCreated',
        value: {
          courseId: id,
          organisationId,
          title: spec.title,
          kind: spec.kind,
          modules: ['Coaching conversations', 'Listening and questioning', 'Ethics and boundaries', 'Reflective practice'],
          qualifies: [{ programme: Programme.GENERAL, role: spec.role }],
          cpdHours: spec.hours,
          validityMonths: 36,
        },
      },
      stream,
      YEAR_START + 30 * MINUTE_MS,
      organisationId,
    );
    const cohorts: string[] = [];
    for (let month = 0; month <= 10; month += 1) {
      const cohort = random.uuid();
      cohorts.push(cohort);
      const startsAt = Date.UTC(YEAR, month, COURSE_DAY - 2, 9);
      log.training(
        {
          case: 'trainingEventScheduled',
          value: {
            trainingEventId: cohort,
            courseId: id,
            organisationId,
            startsAt: toTimestamp(new Date(startsAt)),
            endsAt: toTimestamp(new Date(startsAt + 2 * DAY_MS + 8 * HOUR_MS)),
            capacity: 30,
            inPerson: month % 2 === 0,
            online: month % 2 === 1,
          },
        },
        `training-event-${cohort}`,
        YEAR_START + 40 * MINUTE_MS,
        organisationId,
      );
    }
    return { id, role: spec.role, cohorts };
  });
}

/** Staff who stay all year, more likely the higher their band. */
function pickTrainees(random: Random, people: readonly Person[], count: number): Person[] {
  const chosen = new Set<Person>();
  while (chosen.size < count) {
    const person = random.pick(people);
    if (person.leavesAt !== null || chosen.has(person)) continue;
    if (random.chance((person.grade + 1) / person.group.ladder.length)) chosen.add(person);
  }
  return [...chosen];
}

function train(random: Random, log: EventLog, person: Person, course: Course, month: number): Coach {
  const completedAt = Date.UTC(YEAR, month, COURSE_DAY, 17);
  const organisationId = person.organisationId;
  const approvalId = random.uuid();
  const kind = course.role === PractitionerRole.COACH ? ApprovalKind.PRACTISE_AS_COACH : ApprovalKind.PRACTISE_AS_MENTOR;
  // Registration ends on the fifth day of January; asking comes after it, and some weeks before the course.
  const askedAt = Math.max(YEAR_START + 6 * DAY_MS + random.int(9, 17) * HOUR_MS, completedAt - random.int(14, 35) * DAY_MS);
  const lineManager = person.lineManagerId ?? '';
  const approval = { approvalId, personId: person.id, organisationId, kind, programme: Programme.GENERAL };
  log.training({ case: 'approvalRequested', value: { ...approval, lineManagerId: lineManager } }, `approval-${approvalId}`, askedAt, organisationId);
  log.training(
    {
      case: 'approvalGranted',
      value: {
        ...approval,
        decidedBy: lineManager,
        decidedAs: lineManager ? ApprovalDecidedAs.LINE_MANAGER : ApprovalDecidedAs.ORGANISATION_ADMIN_FOR_ABSENT_MANAGER,
        expiresAt: toTimestamp(new Date(askedAt + 365 * DAY_MS)),
      },
    },
    `approval-${approvalId}`,
    Math.min(askedAt + random.int(2, 72) * HOUR_MS, completedAt - HOUR_MS),
    organisationId,
  );
  log.training(
    {
      case: 'courseCompleted',
      value: { personId: person.id, organisationId, courseId: course.id, trainingEventId: course.cohorts[month], completedOn: isoDate(completedAt) },
    },
    `training-record-${person.id}`,
    completedAt,
    organisationId,
  );
  const eligibleAt = completedAt + 5 * MINUTE_MS;
  log.training(
    {
      case: 'coachEligibilityChanged',
      value: { personId: person.id, organisationId, programme: Programme.GENERAL, role: course.role, eligible: true, reasons: [] },
    },
    `eligibility-${person.id}`,
    eligibleAt,
    organisationId,
  );
  const capacity = random.chance(0.8) ? 2 : 1;
  log.matching(
    { case: 'coachAvailabilityChanged', value: { coachId: person.id, organisationId, capacity, paused: false } },
    `coach-${person.id}`,
    completedAt + DAY_MS,
    organisationId,
  );
  return { person, role: course.role, eligibleAt, capacity, busy: [] };
}

function registerInterest(random: Random, log: EventLog, person: Person): void {
  const approvalId = random.uuid();
  const organisationId = person.organisationId;
  const askedAt = YEAR_START + random.int(7, 350) * DAY_MS + random.int(9, 17) * HOUR_MS;
  const approval = {
    approvalId,
    personId: person.id,
    organisationId,
    kind: random.chance(0.75) ? ApprovalKind.PRACTISE_AS_COACH : ApprovalKind.PRACTISE_AS_MENTOR,
    programme: Programme.GENERAL,
  };
  const lineManager = person.lineManagerId ?? '';
  log.training({ case: 'approvalRequested', value: { ...approval, lineManagerId: lineManager } }, `approval-${approvalId}`, askedAt, organisationId);
  const decidedAt = askedAt + random.int(1, 10) * DAY_MS;
  const decision = random.weighted([
    ['granted', 60],
    ['declined', 15],
    ['waiting', 25],
  ] as const);
  if (decision === 'granted') {
    log.training(
      {
        case: 'approvalGranted',
        value: { ...approval, decidedBy: lineManager, decidedAs: ApprovalDecidedAs.LINE_MANAGER, expiresAt: toTimestamp(new Date(decidedAt + 365 * DAY_MS)) },
      },
      `approval-${approvalId}`,
      decidedAt,
      organisationId,
    );
  } else if (decision === 'declined') {
    log.training(
      { case: 'approvalDeclined', value: { ...approval, decidedBy: lineManager, decidedAs: ApprovalDecidedAs.LINE_MANAGER } },
      `approval-${approvalId}`,
      decidedAt,
      organisationId,
    );
  }
}
