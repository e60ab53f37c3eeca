/** Field values are plain strings where the decider is the one to refuse unknown values. */
export interface CreateCourse {
  type: 'CreateCourse';
  courseId: string;
  organisationId: string;
  title: string;
  kind: string;
  modules: readonly string[];
  qualifies: readonly { programme: string; role: string }[];
  cpdHours: number;
  /** How long a completion counts before the training lapses and a refresher is due. */
  validityMonths: number;
  createdBy: string;
  now: Date;
}

export interface RetireCourse {
  type: 'RetireCourse';
  courseId: string;
  retiredBy: string;
  now: Date;
}

export type CourseCommand = CreateCourse | RetireCourse;
