import { addDays } from '@tapestry/domain';
import { inBatches } from './gateway-client';
import { ASSIGN_SUPERVISOR, LOG_SUPERVISION } from './operations';
import { castOf, tokenOf, type Scenario } from './scenario';
import { ASSUMED } from './scenario-shape';

/** Supervision is arranged before the first introductions, and each group meets every eight weeks. */
export const SUPERVISION_WEEK = 5;
const SESSION_EVERY_WEEKS = 8;
const GROUP_SIZE = 6;
const THEMES = ['BOUNDARIES', 'ETHICS', 'CONTRACTING', 'WELLBEING', 'SKILLS'];

/** The lead gives most coaches and mentors a supervisor, in groups; a few are left without one (supervisors are scarce). */
export async function arrangeSupervision(s: Scenario): Promise<void> {
  if (s.clock.currentWeek !== SUPERVISION_WEEK) return;
  const supervisors = castOf(s, 'supervisor');
  const coaches = castOf(s, 'coach', 'mentor').filter((coach) => !s.state.left.has(coach.personId) && s.random.chance(ASSUMED.supervisedShare));
  const plans = coaches.map((coach, index) => ({ coachId: coach.personId, supervisorId: supervisors[index % supervisors.length].personId }));
  await inBatches(plans, async ({ coachId, supervisorId }) => {
    await s.api.call(ASSIGN_SUPERVISOR, { coachId, supervisorId }, s.lead.token);
    s.state.supervisorOf.set(coachId, supervisorId);
    s.ledger.supervisionAssignments.push({ coachId, supervisorId, on: s.clock.today });
  });
}

/** Every eight weeks each supervisor meets their coaches in groups of up to six. */
export async function holdSupervisionGroups(s: Scenario): Promise<void> {
  const week = s.clock.currentWeek;
  if (week <= SUPERVISION_WEEK || (week - SUPERVISION_WEEK) % SESSION_EVERY_WEEKS !== 0) return;
  const groups: { supervisorId: string; coachIds: string[] }[] = [];
  for (const supervisor of castOf(s, 'supervisor')) {
    const coachIds = [...s.state.supervisorOf.entries()]
      .filter(([coachId, supervisorId]) => supervisorId === supervisor.personId && !s.state.left.has(coachId))
      .map(([coachId]) => coachId);
    for (let start = 0; start < coachIds.length; start += GROUP_SIZE) groups.push({ supervisorId: supervisor.personId, coachIds: coachIds.slice(start, start + GROUP_SIZE) });
  }
  const plans = groups.map((group) => ({ ...group, heldOn: addDays(s.clock.today, -s.random.int(0, 3)), themes: s.random.shuffled(THEMES).slice(0, 2) }));
  await inBatches(plans, async ({ supervisorId, coachIds, heldOn, themes }) => {
    const input = { format: 'GROUP', superviseeIds: coachIds, heldOn, minutes: 90, themes, agreedActions: ['Bring one stuck moment to the next group'] };
    await s.api.call(LOG_SUPERVISION, { input }, tokenOf(s, supervisorId));
    s.ledger.supervisionSessions.push({ supervisorId, on: heldOn, coachIds });
  });
}
