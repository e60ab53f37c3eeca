import { randomUUID } from 'node:crypto';
import type { Role } from '@tapestry/auth';
import { startTrainingTestApp, type TestPerson, type TrainingTestApp } from '../testing';
import { DEMO_COURSES } from './demo-catalogue';
import { seedTrainingDemo } from './seed-training-demo';

// A whole service on a shared 2-core machine: starting it can be slow under load.
jest.setTimeout(90_000);

describe('training: the demo seed of npm start', () => {
  let training: TrainingTestApp;
  const organisationId = randomUUID();
  const logins: Partial<Record<Role, TestPerson>> = {};
  let demoManager: TestPerson | undefined;

  const count = async (sql: string, values: unknown[] = []): Promise<number> => Number((await training.pool.query<{ n: string }>(sql, values)).rows[0]?.n);

  /** A small trust shaped like identity's demo one: managers with reports, and a login for each role. */
  async function demoTrust(): Promise<void> {
    const managers = await Promise.all([1, 2, 3].map((n) => training.people.withRole(organisationId, 'line_manager', `Manager ${n}`)));
    demoManager = managers[0];
    const reportOf = (index: number) => managers[index % managers.length]?.personId ?? null;
    for (const [index, role] of (['programme_lead', 'organisation_admin', 'coach', 'mentor', 'supervisor'] as const).entries()) {
      logins[role] = await training.people.add({
        organisationId,
        displayName: `Demo ${role}`,
        lineManagerId: reportOf(index),
        roles: [
          { role: 'staff', scope: { kind: 'organisation', id: organisationId } },
          { role, scope: { kind: 'organisation', id: organisationId } },
        ],
      });
    }
    for (let n = 0; n < 14; n += 1) await training.people.add({ organisationId, displayName: `Staff ${String(n).padStart(2, '0')}`, lineManagerId: reportOf(n) });
  }

  beforeAll(async () => {
    training = await startTrainingTestApp();
  });

  afterAll(() => training.close());

  it('waits a bounded time for the demo people, and seeds nothing without them', async () => {
    expect(await seedTrainingDemo(training.app, { waitForPeopleMs: 200 })).toBe(false);
    expect(await count('SELECT count(*) AS n FROM events')).toBe(0);
  });

  it('trains twelve of the trust, gets their managers to approve, and leaves an eligible pool', async () => {
    await demoTrust();

    expect(await seedTrainingDemo(training.app, { waitForPeopleMs: 5_000 })).toBe(true);

    expect(await count('SELECT count(*) AS n FROM courses')).toBe(DEMO_COURSES.length);
    expect(await count("SELECT count(*) AS n FROM training_records WHERE course_title = 'Coaching and mentoring foundation day'")).toBe(12);
    for (const role of ['coach', 'mentor', 'supervisor'] as const) {
      expect(await count('SELECT count(*) AS n FROM training_records WHERE person_id = $1', [logins[role]?.personId])).toBe(1);
    }
    const eligibleCoaches = await count("SELECT count(*) AS n FROM eligibility WHERE eligible AND programme = 'general' AND role = 'coach'");
    const eligibleMentors = await count("SELECT count(*) AS n FROM eligibility WHERE eligible AND programme = 'general' AND role = 'mentor'");
    expect(eligibleCoaches).toBeGreaterThanOrEqual(4);
    expect(eligibleMentors).toBeGreaterThanOrEqual(4);
    expect(eligibleCoaches + eligibleMentors).toBeGreaterThanOrEqual(10);
    expect(await count("SELECT count(*) AS n FROM eligibility WHERE eligible AND person_id = $1 AND role = 'coach'", [logins.coach?.personId])).toBe(1);
    expect(await count("SELECT count(*) AS n FROM eligibility WHERE eligible AND person_id = $1 AND role = 'mentor'", [logins.mentor?.personId])).toBe(1);
    expect(await count("SELECT count(*) AS n FROM approvals WHERE status = 'pending' AND line_manager_id = $1", [demoManager?.personId])).toBe(2);
    expect(await count("SELECT count(*) AS n FROM training_events WHERE date > current_date")).toBe(1);
  });

  it('runs once: a second start finds the catalogue and leaves it be', async () => {
    const events = await count('SELECT count(*) AS n FROM events');

    expect(await seedTrainingDemo(training.app, { waitForPeopleMs: 200 })).toBe(false);

    expect(await count('SELECT count(*) AS n FROM events')).toBe(events);
  });
});
