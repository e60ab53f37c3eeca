import type { Problem } from '../../api/api-error';
import type { Programme } from '../../words/programmes';
import type { CourseKind, PractitionerRole } from './training-words';

/** The form as typed: numbers as text until they are checked, modules one a line, programmes ticked per role. */
export interface AddCourseForm {
  title: string;
  kind: string;
  modules: string;
  qualifies: Record<PractitionerRole, string[]>;
  cpdHours: string;
  validityMonths: string;
}

/** Training's CreateCourseInput. */
export interface CreateCourseInput {
  organisationId: string;
  title: string;
  kind: CourseKind;
  modules: string[];
  qualifies: { programme: Programme; role: PractitionerRole }[];
  cpdHours: number;
  validityMonths: number;
}

/** Training's default for validityMonths (CreateCourseInput): three years before a refresher is due. */
export const DEFAULT_VALIDITY_MONTHS = '36';

export const EMPTY_COURSE: AddCourseForm = { title: '', kind: '', modules: '', qualifies: { COACH: [], MENTOR: [], SUPERVISOR: [] }, cpdHours: '', validityMonths: DEFAULT_VALIDITY_MONTHS };

/** Field names as training reports them (course.rules.ts and requireText name some fields in words), mapped to the inputs. */
export const COURSE_FIELDS: Record<string, string> = {
  title: 'course-title',
  'Course title': 'course-title',
  kind: 'course-kind',
  modules: 'course-modules',
  'Module title': 'course-modules',
  qualifies: 'course-qualifies-coach',
  cpdHours: 'course-cpd-hours',
  'CPD hours': 'course-cpd-hours',
  validityMonths: 'course-validity',
};

/** The modules, one a line, blank lines dropped and spacing tidied as training's requireText tidies it. */
export function moduleTitles(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/[ \t]+/g, ' '))
    .filter(Boolean);
}

/** Training's textKey: "Active  Listening" and "active listening" are the same module. */
const textKey = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/** Limits from training's course rules (course.rules.ts) and requireText lengths (course.decider.ts). */
export const COURSE_LIMITS = { title: 120, moduleTitle: 120, modules: 30, cpdHours: 100, validityMonths: 120 } as const;

/** What the service would refuse, said in the NHS error summary's words; empty when the form can be sent. */
export function courseProblems(form: AddCourseForm): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ message, code: 'BAD_USER_INPUT', field });
  // requireText(title, 'Course title', 120) in the course decider.
  const title = form.title.trim();
  if (!title) add('title', 'Enter the course title');
  else if (title.length > COURSE_LIMITS.title) add('title', `Course title must be ${COURSE_LIMITS.title} characters or fewer`);
  // validKind: one of training's course kinds.
  if (!form.kind) add('kind', 'Select the kind of course');
  // validModules: at least one, at most 30, each at most 120 characters and named once.
  const modules = moduleTitles(form.modules);
  const keys = modules.map(textKey);
  const repeated = modules.find((_, index) => keys.indexOf(keys[index]) !== index);
  if (!modules.length) add('modules', 'Enter at least one module the course covers');
  else if (modules.length > COURSE_LIMITS.modules) add('modules', `A course can have at most ${COURSE_LIMITS.modules} modules`);
  else if (modules.some((module) => module.length > COURSE_LIMITS.moduleTitle)) add('modules', `Each module title must be ${COURSE_LIMITS.moduleTitle} characters or fewer`);
  else if (repeated) add('modules', `The module "${repeated}" is listed twice`);
  // validCpdHours (validHours): more than zero, at most 100, in quarter hours.
  const hours = Number(form.cpdHours);
  if (!form.cpdHours.trim() || !Number.isFinite(hours) || hours <= 0) add('cpdHours', 'Enter the CPD hours, a number more than 0');
  else if (hours > COURSE_LIMITS.cpdHours) add('cpdHours', `CPD hours must be ${COURSE_LIMITS.cpdHours} or fewer`);
  else if (!Number.isInteger(hours * 4)) add('cpdHours', 'CPD hours must be in quarter hours, for example 6.5 or 1.25');
  // validValidityMonths: a whole number of months from 1 to 120.
  const months = Number(form.validityMonths);
  if (!form.validityMonths.trim() || !Number.isInteger(months) || months < 1 || months > COURSE_LIMITS.validityMonths) {
    add('validityMonths', `How long the training counts must be a whole number of months, from 1 to ${COURSE_LIMITS.validityMonths}`);
  }
  return problems;
}

/** The mutation's input from a form courseProblems accepted. */
export function createCourseInput(organisationId: string, form: AddCourseForm): CreateCourseInput {
  const roles = Object.keys(form.qualifies) as PractitionerRole[];
  return {
    organisationId,
    title: form.title.trim(),
    kind: form.kind as CourseKind,
    modules: moduleTitles(form.modules),
    qualifies: roles.flatMap((role) => form.qualifies[role].map((programme) => ({ programme: programme as Programme, role }))),
    cpdHours: Number(form.cpdHours),
    validityMonths: Number(form.validityMonths),
  };
}
