import { inBatches } from './gateway-client';
import { ACKNOWLEDGE, BOOKLET, COURSES, CREATE_COURSE, ENROL_LEARNER, RECORD_ATTENDANCE, REQUEST_APPROVAL, SCHEDULE_TRAINING } from './operations';
import { castOf, tokenOf, type Scenario } from './scenario';

/** The launch: one foundation day a week for the first weeks, as the evaluated trust trained its first cohort. */
export const TRAINING_WEEKS = [1, 2, 3, 4] as const;

interface CoursesReply {
  courses: { id: string; kind: string; status: string; qualifies: { programme: string; role: string }[] }[];
}

/** The trust's foundation day (the demo catalogue has one); created as the demo creates it when missing. */
async function foundationCourse(s: Scenario): Promise<string> {
  const { courses } = await s.api.call<CoursesReply>(COURSES, { organisationId: s.organisationId }, s.lead.token);
  const found = courses.find(
    (course) => course.kind === 'FOUNDATION' && course.status === 'OFFERED' && course.qualifies.some((q) => q.programme === 'GENERAL' && q.role === 'COACH'),
  );
  if (found) return found.id;
  const input = {
    organisationId: s.organisationId,
    title: 'Coaching and mentoring foundation day',
    kind: 'FOUNDATION',
    modules: ['The programme and its expectations', 'Active listening', 'The GROW model', 'Contracting and boundaries'],
    qualifies: [
      { programme: 'GENERAL', role: 'COACH' },
      { programme: 'GENERAL', role: 'MENTOR' },
    ],
    cpdHours: 6.5,
  };
  return (await s.api.call<{ createCourse: { id: string } }>(CREATE_COURSE, { input }, s.lead.token)).createCourse.id;
}

/**
 * Week 0: the lead schedules the foundation days and enrols the coaches and mentors to be, each of whom reads and
 * acknowledges the pre-training booklet (the two-people, monthly, 90-minute, six-month commitment).
 */
export async function scheduleTraining(s: Scenario): Promise<void> {
  const courseId = await foundationCourse(s);
  const { expectationsBooklet } = await s.api.call<{ expectationsBooklet: { version: string } }>(BOOKLET, {}, s.lead.token);
  const learners = castOf(s, 'coach', 'mentor');
  const perDay = Math.ceil(learners.length / TRAINING_WEEKS.length);
  const site = s.cast.find((member) => member.role === 'manager')?.site ?? 'the education centre';
  for (const [index, week] of TRAINING_WEEKS.entries()) {
    const group = learners.slice(index * perDay, (index + 1) * perDay).map((member) => member.personId);
    if (group.length === 0) continue;
    const input = {
      courseId,
      date: s.clock.dateOf(week),
      startTime: '09:00',
      endTime: '16:30',
      venue: `Education Centre, ${site}`,
      facilitator: 'Organisational Development team',
      capacity: group.length + 4,
    };
    const { scheduleTrainingEvent } = await s.api.call<{ scheduleTrainingEvent: { id: string } }>(SCHEDULE_TRAINING, { input }, s.lead.token);
    const eventId = scheduleTrainingEvent.id;
    await inBatches(group, async (learnerId) => {
      await s.api.call(ENROL_LEARNER, { id: eventId, learnerId }, s.lead.token);
      await s.api.call(ACKNOWLEDGE, { id: eventId, version: expectationsBooklet.version }, tokenOf(s, learnerId));
    });
    s.state.trainingDays.push({ eventId, week, learners: group });
  }
}

/** On a training day: the register (everyone attends, completing the course), then each asks their line manager to practise. */
export async function holdTrainingDay(s: Scenario, week: number): Promise<void> {
  const day = s.state.trainingDays.find((candidate) => candidate.week === week);
  if (!day) return;
  const on = s.clock.today;
  await inBatches(day.learners.filter((learnerId) => !s.state.left.has(learnerId)), async (learnerId) => {
    await s.api.call(RECORD_ATTENDANCE, { id: day.eventId, learnerId }, s.lead.token);
    s.ledger.trained.push({ personId: learnerId, on });
    const kind = s.byId.get(learnerId)?.role === 'mentor' ? 'PRACTISE_AS_MENTOR' : 'PRACTISE_AS_COACH';
    const { requestManagerApproval } = await s.api.call<{ requestManagerApproval: { id: string } }>(REQUEST_APPROVAL, { kind }, tokenOf(s, learnerId));
    s.state.awaitingManager.push({ approvalId: requestManagerApproval.id, personId: learnerId, approve: true, purpose: 'coach' });
    s.ledger.coachApprovals.push({ personId: learnerId, requestedOn: on, decidedOn: null, renewal: false });
  });
}
