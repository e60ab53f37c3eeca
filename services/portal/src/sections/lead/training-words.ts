import { programmeName } from '../../words/programmes';

/** Training's CourseKind values, in the order a catalogue is built up, with their names. */
export const COURSE_KINDS = ['FOUNDATION', 'ETHICAL_MENTORING', 'TEAM_COACHING', 'SUPERVISION_SKILLS', 'PROGRAMME_PREPARATION', 'REFRESHER'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];

const KIND_NAMES: Record<CourseKind, string> = {
  FOUNDATION: 'Foundation',
  ETHICAL_MENTORING: 'Ethical mentoring',
  TEAM_COACHING: 'Team coaching',
  SUPERVISION_SKILLS: 'Supervision skills',
  PROGRAMME_PREPARATION: 'Programme preparation',
  REFRESHER: 'Refresher',
};

export const isCourseKind = (value: string): value is CourseKind => (COURSE_KINDS as readonly string[]).includes(value);

export const courseKindName = (kind: string): string => (isCourseKind(kind) ? KIND_NAMES[kind] : kind);

/** Training's PractitionerRole values: the ways of practising a course can qualify someone for. */
export const PRACTITIONER_ROLES = ['COACH', 'MENTOR', 'SUPERVISOR'] as const;
export type PractitionerRole = (typeof PRACTITIONER_ROLES)[number];

export const roleName = (role: string): string => role.toLowerCase();

/** "Coach in General coaching and mentoring; mentor in …", or that the course counts for CPD only. */
export function qualificationWords(qualifies: readonly { programme: string; role: string }[]): string {
  if (!qualifies.length) return 'Nothing: CPD only';
  const words = qualifies.map(({ programme, role }) => `${roleName(role)} in ${programmeName(programme)}`).join('; ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "6.5 hours", "1 hour". */
export const hoursWords = (hours: number): string => (hours === 1 ? '1 hour' : `${hours} hours`);
