import { Logger, type INestApplicationContext } from '@nestjs/common';
import type { Principal } from '@tapestry/auth';
import type { StoredGrant } from '@tapestry/contracts';
import { CoachCommands } from '../coaches/coach.commands';
import { MatchingStore } from '../infrastructure/matching-store';
import { RequestCommands } from '../requests/request.commands';

export interface SeedMatchingDemoOptions {
  /** How long to wait for training's demo coaches to reach matching's pool. */
  waitForPoolMs?: number;
}

/** Experience coaches in the demo trust offer, phrased to read well after "mentor has". */
const EXPERIENCE = [
  'led a band-7 interview panel',
  'returned from maternity leave',
  'moved from clinical to management',
  'led a ward through a CQC inspection',
  'managed a team on nights',
  'completed the Mary Seacole programme',
  'worked across health and social care',
  'published research as a nurse',
];

const REQUESTS: Array<{ goals: string; topics: string[]; kind: 'coaching' | 'mentoring'; sameSite: boolean; outsideDirectorate: boolean }> = [
  { goals: 'I have a band 7 interview in two months and want to prepare for the panel.', topics: ['led a band-7 interview panel'], kind: 'mentoring', sameSite: false, outsideDirectorate: true },
  { goals: 'Coming back after a year away; I want to rebuild confidence on the ward.', topics: ['returned from maternity leave'], kind: 'mentoring', sameSite: true, outsideDirectorate: false },
  { goals: 'Thinking about a move into management and what I would give up.', topics: ['moved from clinical to management'], kind: 'coaching', sameSite: false, outsideDirectorate: true },
  { goals: 'My team is tired after winter; I want to lead them better on nights.', topics: ['managed a team on nights'], kind: 'coaching', sameSite: true, outsideDirectorate: true },
  { goals: 'I want to understand how to get into research alongside practice.', topics: ['published research as a nurse'], kind: 'mentoring', sameSite: false, outsideDirectorate: true },
  { goals: 'Preparing my ward for an inspection without burning everyone out.', topics: ['led a ward through a CQC inspection'], kind: 'coaching', sameSite: false, outsideDirectorate: true },
];

interface PoolRow {
  person_id: string;
  organisation_id: string;
  roles: StoredGrant[];
  kinds: string[];
}

async function waitForPool(store: MatchingStore, waitMs: number): Promise<PoolRow[]> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const { rows } = await store.pool.query<PoolRow>(
      `SELECT p.person_id, p.organisation_id, p.roles, jsonb_agg(DISTINCT e.kind) AS kinds
       FROM coach_eligibility e JOIN people p USING (person_id) WHERE e.eligible AND p.status = 'active' GROUP BY p.person_id ORDER BY p.person_id`,
    );
    if (rows.length >= 6 || Date.now() >= deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

const principalFor = (personId: string, organisationId: string, roles: StoredGrant[]): Principal => ({
  personId,
  organisationId,
  email: 'demo-seed@tapestry.invalid',
  roles: roles.map((grant) => ({ role: grant.role, scope: { kind: grant.scopeKind, id: grant.scopeId } })),
});

/**
 * The demo's matching on first start: the trained coaches and mentors state their experience and capacity, and six
 * members of staff with no other role ask for a coach or mentor, so a lead signing in has a round to run. The demo
 * staff login is left free to ask for themself. Runs through the same commands as the API.
 */
export async function seedMatchingDemo(app: INestApplicationContext, { waitForPoolMs = 180_000 }: SeedMatchingDemoOptions = {}): Promise<boolean> {
  const logger = new Logger('MatchingDemo');
  const store = app.get(MatchingStore);
  const { rows: seeded } = await store.pool.query("SELECT 1 FROM events WHERE type = 'SupportRequested' LIMIT 1");
  if (seeded.length > 0) return false;
  const pool = await waitForPool(store, waitForPoolMs);
  if (pool.length === 0) {
    logger.warn(`Training's demo coaches had not reached matching after ${waitForPoolMs / 1000} s; the matching demo is not seeded.`);
    return false;
  }
  const coaches = app.get(CoachCommands);
  for (const [index, coach] of pool.entries()) {
    const tags = [EXPERIENCE[index % EXPERIENCE.length], EXPERIENCE[(index + 3) % EXPERIENCE.length]];
    const formats = index % 3 === 0 ? ['in_person'] : ['in_person', 'remote'];
    await coaches.setPreferences(principalFor(coach.person_id, coach.organisation_id, coach.roles), { capacity: 2, tags, formats });
  }
  const organisationId = pool[0].organisation_id;
  const { rows: staff } = await store.pool.query<{ person_id: string; roles: StoredGrant[] }>(
    `SELECT p.person_id, p.roles FROM people p
     WHERE p.organisation_id = $1 AND p.status = 'active' AND p.line_manager_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p.roles) grant_value WHERE grant_value->>'role' <> 'staff')
       AND NOT EXISTS (SELECT 1 FROM coach_eligibility e WHERE e.person_id = p.person_id)
     ORDER BY p.display_name, p.person_id LIMIT $2`,
    [organisationId, REQUESTS.length],
  );
  const requests = app.get(RequestCommands);
  for (const [index, person] of staff.entries()) {
    const { goals, topics, kind, sameSite, outsideDirectorate } = REQUESTS[index];
    await requests.requestSupport(principalFor(person.person_id, organisationId, person.roles), {
      programme: 'GENERAL',
      kind,
      goals,
      topics,
      preferences: { sameSite, outsideDirectorate },
    });
  }
  logger.log(`Seeded matching preferences for ${pool.length} coaches and mentors and ${staff.length} open requests.`);
  return true;
}
