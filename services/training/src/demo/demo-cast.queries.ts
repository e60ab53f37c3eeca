import type { Queryable } from '@tapestry/eventsourcing';

export interface DemoPerson {
  personId: string;
  displayName: string;
  lineManagerId: string | null;
  roles: { role: string; scopeKind: string; scopeId: string }[];
}

/** Who the demo training involves, all from identity's demo trust as training's people table holds it. */
export interface DemoCast {
  organisationId: string;
  /** Runs the courses and takes the register. */
  lead: DemoPerson;
  learners: DemoPerson[];
  /** Learners whose approval the demo line manager login is left to decide. */
  awaitingTheDemoManager: Set<string>;
}

export const DEMO_LEARNERS = 12;

const holds = (person: DemoPerson, role: string, organisationId?: string): boolean =>
  person.roles.some((grant) => grant.role === role && grant.scopeKind === 'organisation' && (organisationId === undefined || grant.scopeId === organisationId));

/**
 * The cast once identity's demo people have reached training: the demo coach, mentor and supervisor logins, two of the
 * demo line manager's reports, and other staff with a line manager; null while they have not all arrived.
 */
export async function findDemoCast(db: Queryable): Promise<DemoCast | null> {
  const { rows } = await db.query<{ person_id: string; organisation_id: string; display_name: string; line_manager_id: string | null; roles: DemoPerson['roles'] }>(
    "SELECT person_id, organisation_id, display_name, line_manager_id, roles FROM people WHERE status = 'active' ORDER BY display_name, person_id",
  );
  const people = rows.map((row) => ({ organisationId: row.organisation_id, personId: row.person_id, displayName: row.display_name, lineManagerId: row.line_manager_id, roles: row.roles }));
  const coach = people.find((person) => holds(person, 'coach'));
  if (!coach) return null;
  const organisationId = coach.organisationId;
  const staff = people.filter((person) => person.organisationId === organisationId);
  const [lead, mentor, supervisor, manager] = ['programme_lead', 'mentor', 'supervisor', 'line_manager'].map((role) => staff.find((person) => holds(person, role, organisationId)));
  if (!lead || !mentor || !supervisor || !manager) return null;
  const managed = staff.filter((person) => person.lineManagerId !== null && person !== lead && !holds(person, 'organisation_admin'));
  const awaiting = managed.filter((person) => person.lineManagerId === manager.personId && ![coach, mentor, supervisor].includes(person)).slice(0, 2);
  const learners = [...new Set([coach, mentor, supervisor, ...awaiting, ...managed])].slice(0, DEMO_LEARNERS);
  if (learners.length < DEMO_LEARNERS) return null;
  return { organisationId, lead, learners, awaitingTheDemoManager: new Set(awaiting.map((person) => person.personId)) };
}

/** Whether training has written anything of its own yet (identity's people arrive in read models, not as events). */
export async function trainingHasCourses(db: Queryable): Promise<boolean> {
  const { rows } = await db.query("SELECT 1 FROM events WHERE stream_type = 'course' LIMIT 1");
  return rows.length > 0;
}
