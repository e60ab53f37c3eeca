export { decideTrainingEvent, trainingEventDecider } from './training-event.decider';
export type {
  AcknowledgeExpectations,
  CancelEnrolment,
  CancelEvent,
  CourseStatusFact,
  Enrol,
  RecordAttendance,
  ScheduleTrainingEvent,
  TrainingEventCommand,
} from './training-event.commands';
export { ATTENDANCES } from './training-event.events';
export type {
  Attendance,
  AttendanceRecorded,
  EnrolmentCancelled,
  ExpectationsAcknowledged,
  LearnerEnrolled,
  LearnerPromotedFromWaitingList,
  LearnerWaitlisted,
  TrainingCompleted,
  TrainingEventCancelled,
  TrainingEventDetails,
  TrainingEventEvent,
  TrainingEventScheduled,
} from './training-event.events';
export { evolveTrainingEvent, initialTrainingEventState, placesLeft } from './training-event.state';
export type { Roll, TrainingEventState } from './training-event.state';
export { MAX_CAPACITY } from './training-event.rules';
export { EXPECTATIONS_BOOKLET } from './booklet';
export type { BookletVersion } from './booklet';
export { escapeText, foldLine, toIcs } from './ics';
export type { IcsCourse, IcsTrainingEvent } from './ics';
