import type { DomainEvent } from '@tapestry/eventsourcing';
import type { CourseKind } from './course-kind';
import type { Qualification } from './programmes';

export interface CourseDetails {
  organisationId: string;
  title: string;
  kind: CourseKind;
  modules: string[];
  qualifies: Qualification[];
  cpdHours: number;
  validityMonths: number;
}

export type CourseCreated = DomainEvent<'CourseCreated', { courseId: string } & CourseDetails & { createdBy: string; createdAt: string }>;
export type CourseRetired = DomainEvent<'CourseRetired', { courseId: string; retiredBy: string; retiredAt: string }>;

export type CourseEvent = CourseCreated | CourseRetired;
