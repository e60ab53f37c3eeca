import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import { ApprovalKind, CancellationReason, ClosureOutcome, ClosureReason, CourseKind, PractitionerRole, Programme, QualificationSchema, RelationshipRole, ShiftPattern } from '@tapestry/contracts';
import { toTimestamp } from '@tapestry/contracts';
import { WarehouseEvents } from './warehouse-events';

/**
 * A small programme with figures worked out by hand (see warehouse.int.spec.ts): Trust A and Trust B in one
 * consortium; in Trust A, 20 staff in two directorates, three of them trained coaches; ten ask for a coach in
 * February 2026, nine are introduced, one pair declines, eight meet monthly in March and April, one closes in June.
 */
export function knownScenario() {
  const id = () => randomUUID();
  const consortium = id();
  const trustA = id();
  const trustB = id();
  const site = id();
  const d1 = id();
  const d2 = id();
  const staff = Array.from({ length: 20 }, () => id()); // staff[0] is P1 ... staff[19] is P20
  const P = (n: number) => staff[n - 1];
  const q1 = id(); // a coach in Trust B
  const course = id();
  const events = new WarehouseEvents();
  const at = (day: string, time = '09:00:00') => `${day}T${time}.000Z`;

  events.identity({ case: 'consortiumCreated', value: { consortiumId: consortium, name: 'North Consortium' } }, `consortium-${consortium}`, at('2025-12-01'));
  for (const [organisationId, name] of [
    [trustA, 'Trust A'],
    [trustB, 'Trust B'],
  ]) {
    events.identity({ case: 'organisationCreated', value: { organisationId, name, kind: 1 } }, `organisation-${organisationId}`, at('2025-12-01'));
    events.identity({ case: 'consortiumMemberAdded', value: { consortiumId: consortium, organisationId } }, `consortium-${consortium}`, at('2025-12-01'));
  }
  events.identity({ case: 'siteAdded', value: { organisationId: trustA, siteId: site, name: 'General Hospital' } }, `organisation-${trustA}`, at('2025-12-01'));
  events.identity({ case: 'directorateAdded', value: { organisationId: trustA, directorateId: d1, name: 'Medicine' } }, `organisation-${trustA}`, at('2025-12-01'));
  events.identity({ case: 'directorateAdded', value: { organisationId: trustA, directorateId: d2, name: 'Surgery' } }, `organisation-${trustA}`, at('2025-12-01'));

  const register = (personId: string, organisationId: string, staffGroup: string, directorateId: string | undefined) =>
    events.identity(
      {
        case: 'personRegistered',
        value: {
          personId,
          organisationId,
          displayName: 'Never stored',
          workEmail: 'never.stored@nhs.test',
          jobTitle: 'Staff Nurse',
          staffGroup,
          band: '5',
          siteId: organisationId === trustA ? site : undefined,
          directorateId,
          shiftPattern: ShiftPattern.DAYS,
          clinical: true,
          startDate: '2020-01-01',
        },
      },
      `person-${personId}`,
      at('2025-12-02'),
    );
  staff.forEach((personId, index) => register(personId, trustA, index < 12 ? 'Nursing and Midwifery Registered' : 'Administrative and Clerical', index < 10 ? d1 : d2));
  register(q1, trustB, 'Nursing and Midwifery Registered', undefined);
  events.identity({ case: 'personMoved', value: { personId: P(5), organisationId: trustA, band: '6', effectiveDate: '2026-04-01' } }, `person-${P(5)}`, at('2026-04-01'));
  events.identity({ case: 'personLeft', value: { personId: P(20), organisationId: trustA, leavingDate: '2026-05-01' } }, `person-${P(20)}`, at('2026-05-01'));

  events.training(
    {
      case: 'courseCreated',
      value: {
        courseId: course,
        organisationId: trustA,
        title: 'Coaching foundations',
        kind: CourseKind.FOUNDATION,
        modules: [],
        qualifies: [create(QualificationSchema, { programme: Programme.GENERAL, role: PractitionerRole.COACH })],
        cpdHours: 12,
        validityMonths: 36,
      },
    },
    `course-${course}`,
    at('2025-12-10'),
  );
  for (const [coach, organisationId] of [
    [P(1), trustA],
    [P(2), trustA],
    [P(3), trustA],
    [q1, trustB],
  ]) {
    events.training(
      { case: 'courseCompleted', value: { personId: coach, organisationId, courseId: course, trainingEventId: 'cohort-1', completedOn: '2026-01-04' } },
      `trainee-${coach}`,
      at('2026-01-04'),
    );
    events.training(
      { case: 'coachEligibilityChanged', value: { personId: coach, organisationId, programme: Programme.GENERAL, role: PractitionerRole.COACH, eligible: true, reasons: [] } },
      `eligibility-${coach}`,
      at('2026-01-05'),
    );
  }
  events.training(
    {
      case: 'approvalRequested',
      value: { approvalId: id(), personId: P(14), organisationId: trustA, kind: ApprovalKind.PRACTISE_AS_COACH, programme: Programme.GENERAL, lineManagerId: P(1) },
    },
    `approval-${P(14)}`,
    at('2026-03-01'),
  );
  for (const coach of [P(1), P(2)]) {
    events.supervision(
      { case: 'supervisionArranged', value: { arrangementId: id(), superviseeId: coach, supervisorId: P(19), organisationId: trustA, from: '2026-01-10', group: false } },
      `arrangement-${coach}`,
      at('2026-01-10'),
    );
  }

  const requests = new Map<number, string>();
  for (let n = 4; n <= 13; n += 1) {
    const requestId = id();
    requests.set(n, requestId);
    events.matching(
      { case: 'supportRequested', value: { requestId, requesterId: P(n), organisationId: trustA, programme: Programme.GENERAL, wants: RelationshipRole.COACH } },
      `request-${requestId}`,
      at('2026-02-01'),
    );
  }
  const coachOf: Record<number, [string, string]> = {
    4: [P(1), trustA],
    5: [P(1), trustA],
    6: [P(1), trustA],
    7: [P(1), trustA],
    8: [P(2), trustA],
    9: [P(2), trustA],
    10: [P(3), trustA],
    11: [P(3), trustA],
    12: [q1, trustB],
  };
  const relationships = new Map<number, string>();
  for (let n = 4; n <= 12; n += 1) {
    const relationshipId = id();
    relationships.set(n, relationshipId);
    const [coachId, organisationId] = coachOf[n];
    const introducedOn = n <= 8 ? '2026-02-06' : '2026-02-11';
    const stream = `relationship-${relationshipId}`;
    events.matching(
      {
        case: 'relationshipIntroduced',
        value: {
          relationshipId,
          requestId: requests.get(n) as string,
          coachId,
          organisationId,
          coacheeId: P(n),
          coacheeOrganisationId: trustA,
          programme: Programme.GENERAL,
          role: RelationshipRole.COACH,
          requestedAt: toTimestamp(new Date(at('2026-02-01'))),
          introducedAt: toTimestamp(new Date(at(introducedOn))),
          crossesDirectorate: n === 12,
          crossesStaffGroup: false,
          crossesOrganisation: n === 12,
        },
      },
      stream,
      at(introducedOn),
    );
    const about = { relationshipId, coachId, organisationId };
    if (n === 11) {
      events.matching({ case: 'relationshipDeclined', value: { ...about, requestId: requests.get(n) as string } }, stream, at('2026-02-20'));
      continue;
    }
    events.matching({ case: 'chemistryMeetingHeld', value: { ...about, heldOn: '2026-02-13' } }, stream, at('2026-02-13'));
    events.matching({ case: 'relationshipActivated', value: { ...about, activeFrom: '2026-02-15', reviewDueOn: '2026-08-15' } }, stream, at('2026-02-15'));
    for (const [heldOn, minutes] of [
      ['2026-03-10', 60],
      ['2026-04-10', 90],
    ] as const) {
      events.matching(
        { case: 'sessionLogged', value: { ...about, sessionId: id(), role: RelationshipRole.COACH, heldOn, durationMinutes: minutes } },
        stream,
        at(heldOn, '15:00:00'),
      );
    }
    if (n === 4) {
      events.matching(
        { case: 'sessionCancelled', value: { ...about, sessionId: id(), plannedOn: '2026-05-10', reason: CancellationReason.CLINICAL_PRESSURE } },
        stream,
        at('2026-05-09'),
      );
      events.matching(
        {
          case: 'relationshipClosed',
          value: { ...about, closedOn: '2026-06-15', reason: ClosureReason.GOALS_MET, outcome: ClosureOutcome.ACHIEVED, sessionsHeld: 2 },
        },
        stream,
        at('2026-06-15'),
      );
    }
    if (n === 5) {
      events.matching(
        { case: 'sessionCancelled', value: { ...about, sessionId: id(), plannedOn: '2026-05-12', reason: CancellationReason.SICKNESS, rescheduledTo: '2026-05-19' } },
        stream,
        at('2026-05-11'),
      );
    }
  }
  return { events, consortium, trustA, trustB, d1, d2, site, staff, q1, relationships };
}
