import { metadataFor } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import { Logger, type INestApplicationContext } from '@nestjs/common';
import { DEFAULT_APPROVAL_VALIDITY_MONTHS } from '../approvals/approval-kind';
import { runApprovalCommand } from '../approvals/approval-writes';
import { addDays, londonDateOf, londonWallTimeToUtc } from '../common';
import { recomputeEligibility } from '../eligibility/recompute-eligibility';
import { TrainingClock } from '../infrastructure/training-clock';
import { TrainingStore } from '../infrastructure/training-store';
import { findDemoCast, trainingHasCourses, type DemoCast, type DemoPerson } from './demo-cast.queries';
import { DEMO_COURSES } from './demo-catalogue';
import { createCourseAt, holdPastTrainingDay, scheduleTrainingDay } from './training-days';

export interface SeedTrainingDemoOptions {
  /** How long to wait for identity's demo people to reach training's people directory. */
  waitForPeopleMs?: number;
}

const VENUE = 'Education Centre, Riverside General Hospital';
const FACILITATOR = 'Dr Helen Okafor, Organisational Development';
const DAY_MS = 86_400_000;

async function waitForCast(store: TrainingStore, waitMs: number): Promise<DemoCast | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const cast = await findDemoCast(store.pool);
    if (cast || Date.now() >= deadline) return cast;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** The demo coach and supervisor logins practise as coaches, the mentor login as a mentor; the rest alternate. */
function kindFor(learner: DemoPerson, index: number): 'practise_as_coach' | 'practise_as_mentor' {
  if (learner.roles.some((grant) => grant.role === 'mentor')) return 'practise_as_mentor';
  if (learner.roles.some((grant) => grant.role === 'coach' || grant.role === 'supervisor')) return 'practise_as_coach';
  return index % 2 === 0 ? 'practise_as_coach' : 'practise_as_mentor';
}

/** Requested the day after the training, decided by the line manager two days later; the demo manager's left to decide. */
async function seekApprovals(store: TrainingStore, cast: DemoCast, trainedOn: string, now: Date): Promise<void> {
  const requestedAt = londonWallTimeToUtc(addDays(trainedOn, 1), '10:00');
  const decidedAt = londonWallTimeToUtc(addDays(trainedOn, 3), '14:00');
  for (const [index, learner] of cast.learners.entries()) {
    if (learner.lineManagerId === null) continue;
    const approvalId = randomUUID();
    const { personId, lineManagerId } = learner;
    const request = {
      type: 'RequestApproval',
      approvalId,
      personId,
      organisationId: cast.organisationId,
      kind: kindFor(learner, index),
      programme: 'general',
      requestedBy: personId,
      now: requestedAt,
      facts: { lineManagerId, personEmployed: true },
    } as const;
    await store.transact((events) => runApprovalCommand(events, request, metadataFor(personId, cast.organisationId)));
    if (cast.awaitingTheDemoManager.has(personId)) continue;
    const decide = {
      type: 'DecideApproval',
      approvalId,
      decision: 'approve',
      reason: 'Happy to release an hour and a half a month.',
      decidedBy: lineManagerId,
      validityMonths: DEFAULT_APPROVAL_VALIDITY_MONTHS,
      now: decidedAt,
      facts: { isCurrentLineManager: true, isOrganisationAdminActingForAbsent: false, personEmployed: true },
    } as const;
    const metadata = metadataFor(lineManagerId, cast.organisationId);
    // Two transactions, as a live request and decision are: eligibility finds approvals through the read model.
    await store.transact(async (events, client) => {
      await runApprovalCommand(events, decide, metadata);
      await recomputeEligibility(events, client, personId, now, metadata);
    });
  }
}

/**
 * First start of `npm start` only: the demo trust's catalogue, a foundation day held three weeks ago for twelve of its
 * staff (the demo coach, mentor and supervisor logins among them) who acknowledged the booklet and attended, and their
 * line managers' approvals, so matching's pool is not empty; plus a foundation day to come, open for enrolment. The
 * people come from identity's demo seed through the people directory, so this waits (bounded) for them. Returns
 * whether it seeded.
 */
export async function seedTrainingDemo(app: INestApplicationContext, { waitForPeopleMs = 180_000 }: SeedTrainingDemoOptions = {}): Promise<boolean> {
  const logger = new Logger('TrainingDemo');
  const store = app.get(TrainingStore);
  if (await trainingHasCourses(store.pool)) return false;
  const cast = await waitForCast(store, waitForPeopleMs);
  if (!cast) {
    logger.warn(`Identity's demo people had not reached training after ${waitForPeopleMs / 1000} s; the training demo is not seeded.`);
    return false;
  }
  const now = app.get(TrainingClock).now();
  const today = londonDateOf(now);
  const lead = cast.lead.personId;
  const catalogueCreated = new Date(now.getTime() - 90 * DAY_MS);
  const courseIds: string[] = [];
  for (const course of DEMO_COURSES) courseIds.push(await createCourseAt(store, course, cast.organisationId, lead, catalogueCreated));
  const [foundation] = courseIds as [string];
  const trainedOn = addDays(today, -21);
  const learnerIds = cast.learners.map((learner) => learner.personId);
  await holdPastTrainingDay(store, { courseId: foundation, organisationId: cast.organisationId, date: trainedOn, organiserId: lead, learnerIds, venue: VENUE, facilitator: FACILITATOR });
  await seekApprovals(store, cast, trainedOn, now);
  const nextDay = { courseId: foundation, organisationId: cast.organisationId, date: addDays(today, 28), organiserId: lead, venue: VENUE, facilitator: FACILITATOR, capacity: 16 };
  await scheduleTrainingDay(store, nextDay, now);
  logger.log(`Seeded ${DEMO_COURSES.length} courses and a foundation day for ${learnerIds.length} of the demo trust's staff.`);
  return true;
}
