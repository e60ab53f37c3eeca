import type { RegisterPerson } from '../people';
import { detectManagerLoop, managerChainOf } from '../people';
import { staffGroupInfo } from '../staff-groups';
import type { EsrStaffRow } from './esr-row';
import type { ImportError, ImportResult } from './import-error';
import { byLine } from './import-error';
import type { ExistingPerson, ImportCommand, ImportPlan, ImportSnapshot, PlanOptions } from './import-plan.types';
import { planPlaces } from './plan-places';
import { detailChanges, placementChanges } from './plan-person';

interface Placed {
  row: EsrStaffRow;
  personId: string;
  existing: ExistingPerson | undefined;
  /** Null: no manager; undefined: the file does not say (or names an unknown one, already reported). */
  lineManagerId: string | null | undefined;
}

/** Finds each row's person: by employee number, else by email for someone added by hand without one. */
function matchPeople(rows: EsrStaffRow[], snapshot: ImportSnapshot, newId: () => string, errors: ImportError[]): Placed[] {
  const byNumber = new Map(snapshot.people.map((person) => [person.profile.employeeNumber, person]));
  const byEmail = new Map(snapshot.people.map((person) => [person.profile.email, person]));
  return rows.map((row) => {
    const sameEmail = byEmail.get(row.email);
    const existing = byNumber.get(row.employeeNumber) ?? (sameEmail?.profile.employeeNumber === null ? sameEmail : undefined);
    if (sameEmail && sameEmail !== existing) {
      const number = sameEmail.profile.employeeNumber;
      const owner = number ? `employee ${number}` : 'someone else in this organisation';
      errors.push({ line: row.line, reason: `${row.email} already belongs to ${owner}.`, code: 'CSV_DUPLICATE_EMAIL' });
    } else if (snapshot.emailsElsewhere.has(row.email) && existing?.profile.email !== row.email) {
      errors.push({ line: row.line, reason: `${row.email} already belongs to someone in another organisation.`, code: 'CSV_DUPLICATE_EMAIL' });
    }
    if (existing?.status === 'left') {
      const reason = `Employee ${row.employeeNumber} is recorded as having left; register a returner by hand.`;
      errors.push({ line: row.line, reason, code: 'CSV_PERSON_HAS_LEFT' });
    }
    return { row, personId: existing?.personId ?? newId(), existing, lineManagerId: undefined };
  });
}

/** Resolves managers' employee numbers to people, in the file or already known, who have not left. */
function resolveManagers(placed: Placed[], snapshot: ImportSnapshot, errors: ImportError[]): void {
  const people = new Map<string, { personId: string; left: boolean }>();
  for (const { personId, status, profile } of snapshot.people) {
    if (profile.employeeNumber) people.set(profile.employeeNumber, { personId, left: status === 'left' });
  }
  for (const { row, personId } of placed) people.set(row.employeeNumber, { personId, left: false });
  for (const entry of placed) {
    const number = entry.row.managerEmployeeNumber;
    const manager = number ? people.get(number) : undefined;
    if (number && (!manager || manager.left)) {
      const reason = `Line manager ${number} is ${manager ? 'recorded as having left' : 'not known'}.`;
      errors.push({ line: entry.row.line, reason, code: 'CSV_UNKNOWN_MANAGER' });
    }
    entry.lineManagerId = number ? manager?.personId : number;
  }
}

/**
 * Turns checked rows into the commands that bring Tapestry in line with the file: new people registered,
 * changed placements recorded as moves, changed details as updates, and nothing for rows that match, so
 * importing the same file twice changes nothing. People missing from the file are left alone: an export
 * filtered to one directorate must not read as everyone else leaving.
 */
export function planImport(rows: EsrStaffRow[], snapshot: ImportSnapshot, options: PlanOptions): ImportResult<ImportPlan> {
  const errors: ImportError[] = [];
  const placed = matchPeople(rows, snapshot, options.newId, errors);
  resolveManagers(placed, snapshot, errors);

  // Line management as it will be once the plan has run, to catch loops through people not in the file.
  const finalManager = new Map(snapshot.people.map((person) => [person.personId, person.profile.lineManagerId ?? undefined]));
  for (const entry of placed) if (entry.lineManagerId !== undefined) finalManager.set(entry.personId, entry.lineManagerId ?? undefined);
  const managerOf = (id: string) => finalManager.get(id);
  for (const { row, personId, lineManagerId } of placed) {
    if (lineManagerId && detectManagerLoop(personId, lineManagerId, managerOf)) {
      errors.push({ line: row.line, reason: 'With people already in Tapestry, these line managers would form a loop.', code: 'CSV_MANAGER_LOOP' });
    }
  }
  if (errors.length > 0) return { errors: errors.sort(byLine) };

  const { organisationId } = snapshot;
  const places = planPlaces(rows, organisationId, snapshot, options.newId);
  const facts = (managerId: string | null | undefined) => ({
    siteExists: true,
    directorateExists: true,
    managerExists: true,
    managerChain: managerId ? managerChainOf(managerId, managerOf) : [],
  });
  const registrations: (RegisterPerson & { depth: number })[] = [];
  const changes: ImportCommand[] = [];
  const summary = { registered: 0, updated: 0, moved: 0, unchanged: 0, sitesCreated: 0, directoratesCreated: 0 };
  for (const { row, personId, existing, lineManagerId } of placed) {
    const siteId = row.site === undefined ? undefined : places.siteId(row.site);
    const directorateId = row.directorate === undefined ? undefined : places.directorateId(row.directorate);
    if (!existing) {
      registrations.push({
        type: 'RegisterPerson',
        personId,
        organisationId,
        employeeNumber: row.employeeNumber,
        name: row.name,
        email: row.email,
        jobTitle: row.jobTitle,
        staffGroup: row.staffGroup,
        band: row.band,
        siteId: siteId ?? null,
        directorateId: directorateId ?? null,
        shiftPattern: row.shiftPattern ?? 'days',
        clinical: row.clinical ?? staffGroupInfo(row.staffGroup).usuallyClinical,
        lineManagerId: lineManagerId ?? null,
        startDate: row.startDate,
        facts: { ...facts(lineManagerId), organisationExists: true, emailTaken: false },
        depth: managerChainOf(personId, managerOf).length,
      });
      summary.registered += 1;
      continue;
    }
    const details = detailChanges(existing.profile, row);
    const placement = placementChanges(existing.profile, row, { siteId, directorateId, lineManagerId });
    const [updated, moved] = [Object.keys(details).length > 0, Object.keys(placement).length > 0];
    if (updated) changes.push({ type: 'UpdatePerson', personId, changes: details, facts: { emailTaken: false } });
    if (moved) {
      // A person whose ESR start date is still ahead cannot move before starting.
      const effectiveDate = options.effectiveDate < existing.profile.startDate ? existing.profile.startDate : options.effectiveDate;
      changes.push({ type: 'MovePerson', personId, effectiveDate, changes: placement, facts: facts(placement.lineManagerId) });
    }
    summary.updated += Number(updated);
    summary.moved += Number(moved);
    summary.unchanged += Number(!updated && !moved);
  }
  summary.sitesCreated = places.commands.filter((command) => command.type === 'AddSite').length;
  summary.directoratesCreated = places.commands.length - summary.sitesCreated;
  // Managers before their reports, so each registration names someone already registered.
  const ordered = registrations.sort((a, b) => a.depth - b.depth).map(({ depth: _depth, ...command }) => command);
  return { ok: { commands: [...places.commands, ...ordered, ...changes], summary } };
}
