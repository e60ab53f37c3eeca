import { DomainError } from '@tapestry/eventsourcing';
import type { CalendarDate } from '../common';
import { isCalendarDate, isValidEmail, normaliseEmail, requireText } from '../common';
import type { Band, StaffGroup } from '../staff-groups';
import { isStaffGroup, isValidBand, parseStaffGroup, STAFF_GROUPS } from '../staff-groups';
import type { PlacementFacts } from './person.commands';
import type { PersonName, Placement } from './person.events';
import type { ShiftPattern } from './shift-pattern';
import { parseShiftPattern, SHIFT_PATTERNS } from './shift-pattern';

export function validName(name: PersonName): PersonName {
  return { given: requireText(name.given, 'Given name', 100), family: requireText(name.family, 'Family name', 100) };
}

export function validEmail(email: string, emailTaken: boolean): string {
  const normalised = normaliseEmail(email);
  if (!isValidEmail(normalised)) {
    throw new DomainError('INVALID_EMAIL', `"${email}" is not a valid work email address.`, { field: 'email' });
  }
  if (emailTaken) {
    throw new DomainError('DUPLICATE_EMAIL', `Someone is already registered with ${normalised}; each person needs their own work email.`, {
      field: 'email',
    });
  }
  return normalised;
}

/** Accepts a staff group as the API shows it (its ESR label) as well as its key or national code. */
export function validStaffGroup(staffGroup: string): StaffGroup {
  const parsed = isStaffGroup(staffGroup) ? staffGroup : parseStaffGroup(staffGroup);
  if (!parsed) {
    const known = STAFF_GROUPS.map((group) => group.label).join(', ');
    throw new DomainError('BAD_USER_INPUT', `Unknown staff group "${staffGroup}"; use one of ${known}.`, { field: 'staffGroup' });
  }
  return parsed;
}

export function validBand(band: Band): Band {
  if (!isValidBand(band)) {
    throw new DomainError('BAD_USER_INPUT', 'Unknown band or grade: use an Agenda for Change band (1-9, 8a-8d), a medical grade, or free text.', {
      field: 'band',
    });
  }
  return band.scheme === 'other' ? { scheme: 'other', title: band.title.trim() } : band;
}

export function validShiftPattern(text: string): ShiftPattern {
  const pattern = parseShiftPattern(text);
  if (!pattern) {
    throw new DomainError('BAD_USER_INPUT', `Unknown shift pattern "${text}"; use one of ${SHIFT_PATTERNS.join(', ')}.`, { field: 'shiftPattern' });
  }
  return pattern;
}

export function validDate(value: string, field: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new DomainError('BAD_USER_INPUT', `${field} "${value}" is not a date; write it as YYYY-MM-DD.`, { field });
  }
  return value;
}

export function validEmployeeNumber(value: string | null | undefined): string | null {
  return value?.trim() ? requireText(value, 'Employee number', 30) : null;
}

/** Refuses a placement naming an unknown site, directorate or manager, or a manager that would close a loop. */
export function checkPlacement(personId: string, placement: Partial<Placement>, facts: PlacementFacts): void {
  if (placement.siteId && !facts.siteExists) {
    throw new DomainError('UNKNOWN_SITE', `Site ${placement.siteId} is not one of this organisation's sites; add it first.`, { field: 'siteId' });
  }
  if (placement.directorateId && !facts.directorateExists) {
    throw new DomainError('UNKNOWN_DIRECTORATE', `Directorate ${placement.directorateId} is not one of this organisation's directorates; add it first.`, {
      field: 'directorateId',
    });
  }
  const managerId = placement.lineManagerId;
  if (!managerId) return;
  if (managerId === personId) {
    throw new DomainError('SELF_MANAGEMENT', 'A person cannot be their own line manager.', { field: 'lineManagerId' });
  }
  if (!facts.managerExists) {
    throw new DomainError('UNKNOWN_MANAGER', `Line manager ${managerId} is not a current member of staff in this organisation.`, {
      field: 'lineManagerId',
    });
  }
  if (facts.managerChain.includes(personId)) {
    throw new DomainError('MANAGER_LOOP', `${managerId} already reports, directly or through others, to this person, so cannot be their line manager.`, {
      field: 'lineManagerId',
      loop: [personId, managerId, ...facts.managerChain.slice(0, facts.managerChain.indexOf(personId) + 1)],
    });
  }
}
