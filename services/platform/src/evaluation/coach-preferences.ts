import { inBatches, type GatewayClient } from './gateway-client';
import { POOL, SET_PREFERENCES } from './operations';
import { castOf, tokenOf, type CoachPreferences, type Scenario } from './scenario';
import { ASSUMED, EVALUATED_PROGRAMME } from './scenario-shape';

/** Experience coaches and mentors offer, matched against the topics people ask about. */
export const EXPERIENCE = [
  'led a band-7 interview panel',
  'returned from maternity leave',
  'moved from clinical to management',
  'led a ward through a CQC inspection',
  'managed a team on nights',
  'worked across health and social care',
  'published research as a nurse',
  'changed profession mid-career',
] as const;

const PAUSE_WEEKS = 8;

/** The coaches and mentors in matching's pool of the lead's organisation. */
export async function poolNow(api: GatewayClient, leadToken: string): Promise<Set<string>> {
  const { pool } = await api.call<{ pool: { coachId: string }[] }>(POOL, {}, leadToken);
  return new Set(pool.map((coach) => coach.coachId));
}

/**
 * Newly eligible coaches and mentors (training told matching) say how they can be matched: one or two people at
 * once, never more than the programme's two, their experience, in person or remote. Those not in the pool yet are
 * asked again next week.
 */
export async function setPreferences(s: Scenario): Promise<void> {
  if (s.state.awaitingPreferences.size === 0) return;
  const pool = await poolNow(s.api, s.lead.token);
  const ready = [...s.state.awaitingPreferences].filter((personId) => pool.has(personId) && !s.state.left.has(personId));
  const plans = ready.map((personId): { personId: string; input: CoachPreferences } => ({
    personId,
    input: {
      capacity: s.random.chance(ASSUMED.twoPlaceShare) ? EVALUATED_PROGRAMME.maxPeoplePerCoach : 1,
      tags: s.random.shuffled<string>(EXPERIENCE).slice(0, 2),
      formats: s.random.chance(0.3) ? ['IN_PERSON'] : ['IN_PERSON', 'REMOTE'],
    },
  }));
  await inBatches(plans, async ({ personId, input }) => {
    await s.api.call(SET_PREFERENCES, { input }, tokenOf(s, personId));
    s.state.preferences.set(personId, input);
    s.state.awaitingPreferences.delete(personId);
  });
}

/** A few coaches pause for two months (a busy winter, leave) and then come back to the pool. */
export async function pausesAndReturns(s: Scenario, pauseWeek: number): Promise<void> {
  const week = s.clock.currentWeek;
  const going: string[] = [];
  if (week === pauseWeek) {
    for (const member of castOf(s, 'coach', 'mentor')) {
      if (!s.state.left.has(member.personId) && s.state.approvedCoaches.has(member.personId) && s.random.chance(ASSUMED.pauseRate)) going.push(member.personId);
    }
  }
  const returning = [...s.state.paused.entries()].filter(([personId, since]) => week - since >= PAUSE_WEEKS && !s.state.left.has(personId)).map(([personId]) => personId);
  const stated = (personId: string): CoachPreferences => s.state.preferences.get(personId) ?? { capacity: 1, tags: [], formats: ['IN_PERSON', 'REMOTE'] };
  await inBatches(going, async (personId) => {
    await s.api.call(SET_PREFERENCES, { input: { ...stated(personId), paused: true } }, tokenOf(s, personId));
    s.state.paused.set(personId, week);
    s.ledger.pauses.push({ coachId: personId, from: s.clock.today, until: null });
  });
  await inBatches(returning, async (personId) => {
    await s.api.call(SET_PREFERENCES, { input: { ...stated(personId), paused: false } }, tokenOf(s, personId));
    s.state.paused.delete(personId);
    const pause = s.ledger.pauses.findLast((entry) => entry.coachId === personId && entry.until === null);
    if (pause) pause.until = s.clock.today;
  });
}
