import { DomainError } from '@tapestry/eventsourcing';
import { requireText, textKey, validHours } from '../common';
import type { CourseKind } from './course-kind';
import { COURSE_KINDS, isCourseKind } from './course-kind';
import type { Qualification } from './programmes';
import { isPractitionerRole, isProgramme, PRACTITIONER_ROLES, PROGRAMMES, sameQualification } from './programmes';

export const MAX_CPD_HOURS_PER_COURSE = 100;
export const MAX_VALIDITY_MONTHS = 120;
const MAX_MODULES = 30;

export function validKind(kind: string): CourseKind {
  if (!isCourseKind(kind)) {
    throw new DomainError('BAD_USER_INPUT', `Unknown course kind "${kind}"; use one of ${COURSE_KINDS.join(', ')}.`, { field: 'kind' });
  }
  return kind;
}

/** At least one module, each named once (compared ignoring case and spacing). */
export function validModules(modules: readonly string[]): string[] {
  if (modules.length === 0) throw new DomainError('BAD_USER_INPUT', 'A course needs at least one module.', { field: 'modules' });
  if (modules.length > MAX_MODULES) {
    throw new DomainError('BAD_USER_INPUT', `A course has at most ${MAX_MODULES} modules, got ${modules.length}.`, { field: 'modules' });
  }
  const titles = modules.map((module) => requireText(module, 'Module title', 120));
  const seen = new Set<string>();
  for (const title of titles) {
    if (seen.has(textKey(title))) {
      throw new DomainError('BAD_USER_INPUT', `The module "${title}" is listed twice.`, { field: 'modules' });
    }
    seen.add(textKey(title));
  }
  return titles;
}

/** Known programmes and roles only; a repeated pair is kept once. An empty list is a CPD-only course. */
export function validQualifications(qualifies: readonly { programme: string; role: string }[]): Qualification[] {
  const valid: Qualification[] = [];
  for (const { programme, role } of qualifies) {
    if (!isProgramme(programme)) {
      throw new DomainError('BAD_USER_INPUT', `Unknown programme "${programme}"; use one of ${PROGRAMMES.join(', ')}.`, { field: 'qualifies' });
    }
    if (!isPractitionerRole(role)) {
      throw new DomainError('BAD_USER_INPUT', `Unknown role "${role}"; use one of ${PRACTITIONER_ROLES.join(', ')}.`, { field: 'qualifies' });
    }
    const qualification = { programme, role };
    if (!valid.some((known) => sameQualification(known, qualification))) valid.push(qualification);
  }
  return valid;
}

export function validCpdHours(hours: number): number {
  return validHours(hours, 'CPD hours', MAX_CPD_HOURS_PER_COURSE);
}

export function validValidityMonths(months: number): number {
  if (!Number.isInteger(months) || months < 1 || months > MAX_VALIDITY_MONTHS) {
    throw new DomainError('BAD_USER_INPUT', `Validity must be a whole number of months from 1 to ${MAX_VALIDITY_MONTHS}, got ${months}.`, {
      field: 'validityMonths',
    });
  }
  return months;
}
