import { create } from '@bufbuild/protobuf';
import {
  AccreditationAwardedSchema,
  ApprovalDeclinedSchema,
  ApprovalExpiredSchema,
  ApprovalGrantedSchema,
  ApprovalInvalidatedSchema,
  ApprovalRequestedSchema,
  CandidateOutcomeRecordedSchema,
  CoachEligibilityChangedSchema,
  CourseCompletedSchema,
  CourseCreatedSchema,
  CourseRetiredSchema,
  DevelopmentAssessmentRecordedSchema,
  QualificationSchema,
  toTimestamp,
  TrainingEventCancelledSchema,
  TrainingEventScheduledSchema,
  type TrainingEvent,
} from '@tapestry/contracts';
import type { AccreditationEvent } from '../accreditation';
import type { ApprovalEvent, ApprovalSubject } from '../approvals';
import type { AssessmentCentreEvent } from '../assessment-centre';
import type { CourseEvent } from '../catalogue';
import type { DevelopmentEvent } from '../development';
import type { CoachEligibilityChanged } from '../eligibility';
import type { TrainingEventEvent } from '../events';
import { assertNever } from '../common';
import { APPROVAL_KIND, COURSE_KIND, DECIDED_AS, LEVEL, OUTCOME, PROGRAMME, REASON, ROLE } from './proto-enums';

/** Every event the training service records. */
export type TrainingDomainEvent =
  | CourseEvent
  | TrainingEventEvent
  | ApprovalEvent
  | CoachEligibilityChanged
  | AccreditationEvent
  | DevelopmentEvent
  | AssessmentCentreEvent;

export type TrainingPayload = TrainingEvent['event'];

const subject = (data: ApprovalSubject) => ({
  approvalId: data.approvalId,
  personId: data.personId,
  organisationId: data.organisationId,
  kind: APPROVAL_KIND[data.kind],
  programme: PROGRAMME[data.programme],
});

/**
 * The public message for a domain event, or null for what stays inside the service: enrolments and waiting
 * lists, acknowledgements, attendance, reminders, reroutes, evidence records, plans and feedback. Each message is
 * built from its one event alone, so the relay needs no lookups.
 */
export function publicPayloadOf(event: TrainingDomainEvent): TrainingPayload | null {
  switch (event.type) {
    case 'CourseCreated': {
      const { courseId, organisationId, title, kind, modules, qualifies, cpdHours, validityMonths } = event.data;
      const qualifications = qualifies.map(({ programme, role }) => create(QualificationSchema, { programme: PROGRAMME[programme], role: ROLE[role] }));
      const value = create(CourseCreatedSchema, { courseId, organisationId, title, kind: COURSE_KIND[kind], modules, qualifies: qualifications, cpdHours, validityMonths });
      return { case: 'courseCreated', value };
    }
    case 'CourseRetired':
      return { case: 'courseRetired', value: create(CourseRetiredSchema, { courseId: event.data.courseId }) };
    case 'TrainingEventScheduled': {
      const { eventId, courseId, organisationId, startsAt, endsAt, capacity, venue, onlineLink } = event.data;
      const value = create(TrainingEventScheduledSchema, {
        trainingEventId: eventId,
        courseId,
        organisationId,
        startsAt: toTimestamp(new Date(startsAt)),
        endsAt: toTimestamp(new Date(endsAt)),
        capacity,
        inPerson: venue !== null,
        online: onlineLink !== null,
      });
      return { case: 'trainingEventScheduled', value };
    }
    case 'TrainingEventCancelled':
      return { case: 'trainingEventCancelled', value: create(TrainingEventCancelledSchema, { trainingEventId: event.data.eventId }) };
    case 'TrainingCompleted': {
      const { learnerId, organisationId, courseId, eventId, completedOn } = event.data;
      return { case: 'courseCompleted', value: create(CourseCompletedSchema, { personId: learnerId, organisationId, courseId, trainingEventId: eventId, completedOn }) };
    }
    case 'ApprovalRequested':
      return { case: 'approvalRequested', value: create(ApprovalRequestedSchema, { ...subject(event.data), lineManagerId: event.data.lineManagerId }) };
    case 'ApprovalGranted': {
      const { decidedBy, decidedAs, expiresAt } = event.data;
      const value = create(ApprovalGrantedSchema, { ...subject(event.data), decidedBy, decidedAs: DECIDED_AS[decidedAs], expiresAt: toTimestamp(new Date(expiresAt)) });
      return { case: 'approvalGranted', value };
    }
    case 'ApprovalDeclined':
      return {
        case: 'approvalDeclined',
        value: create(ApprovalDeclinedSchema, { ...subject(event.data), decidedBy: event.data.decidedBy, decidedAs: DECIDED_AS[event.data.decidedAs] }),
      };
    case 'ApprovalExpired':
      return { case: 'approvalExpired', value: create(ApprovalExpiredSchema, subject(event.data)) };
    case 'ApprovalInvalidated':
      return { case: 'approvalInvalidated', value: create(ApprovalInvalidatedSchema, subject(event.data)) };
    case 'CoachEligibilityChanged': {
      const { personId, organisationId, programme, role, eligible, reasons } = event.data;
      const value = create(CoachEligibilityChangedSchema, {
        personId,
        organisationId,
        programme: PROGRAMME[programme],
        role: ROLE[role],
        eligible,
        reasons: reasons.map((reason) => REASON[reason]),
      });
      return { case: 'coachEligibilityChanged', value };
    }
    case 'AccreditationAwarded': {
      const { personId, organisationId, level, awardedBy } = event.data;
      return { case: 'accreditationAwarded', value: create(AccreditationAwardedSchema, { personId, organisationId, level: LEVEL[level], awardedBy }) };
    }
    case 'DevelopmentAssessmentRecorded': {
      const { personId, assessmentId, assessedOn, repeatDueOn } = event.data;
      return { case: 'developmentAssessmentRecorded', value: create(DevelopmentAssessmentRecordedSchema, { personId, assessmentId, assessedOn, repeatDueOn }) };
    }
    case 'CandidateOutcomeRecorded': {
      const { centreId, personId, organisationId, outcome } = event.data;
      const value = create(CandidateOutcomeRecordedSchema, { assessmentCentreId: centreId, personId, organisationId, outcome: OUTCOME[outcome] });
      return { case: 'candidateOutcomeRecorded', value };
    }
    case 'LearnerEnrolled':
    case 'LearnerWaitlisted':
    case 'EnrolmentCancelled':
    case 'LearnerPromotedFromWaitingList':
    case 'ExpectationsAcknowledged':
    case 'AttendanceRecorded':
    case 'ApprovalRerouted':
    case 'ApprovalReminderSent':
    case 'CpdRecorded':
    case 'CoachingHoursRecorded':
    case 'SupervisionHoursRecorded':
    case 'DevelopmentPlanItemAdded':
    case 'DevelopmentPlanItemCompleted':
    case 'ActionLearningSetJoined':
    case 'AssessmentCentrePlanned':
    case 'CandidateAdded':
      return null;
    default:
      return assertNever(event);
  }
}
