/** The GraphQL a training event's page, its cancellation and adding a course send (training's subgraph), and what comes back. */
import type { TrainingEvent } from './queries';

export type Attendance = 'ATTENDED' | 'ABSENT';

export interface Enrolment {
  learnerId: string;
  status: 'ENROLLED' | 'WAITING' | 'CANCELLED';
  waitingPosition: number | null;
  acknowledgedExpectations: boolean;
  attendance: Attendance | null;
  completed: boolean;
}

const ENROLMENT_FIELDS = 'learnerId status waitingPosition acknowledgedExpectations attendance completed';

export const TRAINING_EVENT = `query TrainingEventForLead($id: ID!) {
  trainingEvent(id: $id) {
    id courseId courseTitle organisationId date startTime endTime startsAt venue onlineLink facilitator
    capacity placesTaken placesLeft waitingCount status cancelReason
    enrolments { ${ENROLMENT_FIELDS} }
  }
}`;
/** The diary's event, with what only its own page shows. */
export interface TrainingEventDetail extends Omit<TrainingEvent, 'status'> {
  courseId: string;
  organisationId: string;
  startsAt: string;
  status: 'SCHEDULED' | 'CANCELLED';
  cancelReason: string | null;
  enrolments: Enrolment[];
}

export const CATALOGUE = `query CourseCatalogue($organisationId: ID!) {
  courses(organisationId: $organisationId) { id title kind status cpdHours validityMonths modules qualifies { programme role } }
}`;
export interface CatalogueCourse {
  id: string;
  title: string;
  kind: string;
  status: string;
  cpdHours: number;
  validityMonths: number;
  modules: string[];
  qualifies: { programme: string; role: string }[];
}

export const RECORD_ATTENDANCE = `mutation RecordAttendance($trainingEventId: ID!, $learnerId: ID!, $attendance: Attendance!) {
  recordAttendance(trainingEventId: $trainingEventId, learnerId: $learnerId, attendance: $attendance) { ${ENROLMENT_FIELDS} }
}`;

export const CANCEL_TRAINING_EVENT = `mutation CancelTrainingEvent($trainingEventId: ID!, $reason: String!) {
  cancelTrainingEvent(trainingEventId: $trainingEventId, reason: $reason) { id courseTitle date status }
}`;

export const CREATE_COURSE = `mutation CreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) { id title }
}`;
