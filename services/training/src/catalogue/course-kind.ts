/** The kinds of course in the catalogue, from the foundation training day to refreshers that keep training current. */
export const COURSE_KINDS = [
  'foundation',
  'ethical_mentoring',
  'team_coaching',
  'supervision_skills',
  'programme_preparation',
  'refresher',
] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];

export function isCourseKind(value: string): value is CourseKind {
  return (COURSE_KINDS as readonly string[]).includes(value);
}

/** The modules of the foundation training day as the evaluated trust ran it; a starting point for new courses. */
export const FOUNDATION_MODULES = [
  'Coaching vs mentoring vs counselling vs therapy',
  'Active listening',
  'Constructive feedback',
  'Reflecting',
  'Empathy',
  'The GROW model (Goal, Reality, Options, Will)',
] as const;
