import { create } from '@bufbuild/protobuf';
import {
  ApprovalDecidedAs,
  ApprovalKind,
  CandidateOutcome,
  CourseKind,
  EligibilityReason,
  encodeTrainingEvent,
  PractitionerRole,
  Programme,
  TrainingEventSchema,
} from '@tapestry/contracts';
import { foundationAwarded } from '../accreditation/accreditation.fixtures';
import { granted, requested } from '../approvals/approval.fixtures';
import { foundationCourseCreated } from '../catalogue/course.fixtures';
import { ashaAssessed } from '../development/development.fixtures';
import type { CoachEligibilityChanged } from '../eligibility';
import { acknowledged, completed, enrolled, foundationDayScheduled } from '../events/training-event.fixtures';
import type { TrainingDomainEvent } from './public-event-payload';
import { publicPayloadOf } from './public-event-payload';

const bytesOf = (event: TrainingDomainEvent): string => {
  const payload = publicPayloadOf(event);
  if (!payload) throw new Error(`${event.type} is not public`);
  return Buffer.from(encodeTrainingEvent(create(TrainingEventSchema, { event: payload }))).toString('latin1');
};

describe('public training events', () => {
  it('publishes a course with its qualifications', () => {
    expect(publicPayloadOf(foundationCourseCreated)).toMatchObject({
      case: 'courseCreated',
      value: {
        courseId: 'course-1',
        kind: CourseKind.FOUNDATION,
        cpdHours: 6.5,
        validityMonths: 36,
        qualifies: [
          { programme: Programme.GENERAL, role: PractitionerRole.COACH },
          { programme: Programme.GENERAL, role: PractitionerRole.MENTOR },
        ],
      },
    });
  });

  it('publishes a scheduled day without its venue or link', () => {
    const payload = publicPayloadOf(foundationDayScheduled);
    expect(payload).toMatchObject({ case: 'trainingEventScheduled', value: { trainingEventId: 'event-1', capacity: 2, inPerson: true, online: false } });
    expect(payload?.case === 'trainingEventScheduled' && payload.value.startsAt?.seconds).toBe(BigInt(Date.parse('2025-06-12T08:30:00.000Z') / 1000));
    expect(bytesOf(foundationDayScheduled)).not.toContain('Education Centre');
  });

  it('publishes a completion as CourseCompleted', () => {
    expect(publicPayloadOf(completed('asha'))).toMatchObject({
      case: 'courseCompleted',
      value: { personId: 'asha', courseId: 'course-1', trainingEventId: 'event-1', completedOn: '2025-06-12' },
    });
  });

  it('publishes approvals with who decided and in what capacity, never the reason', () => {
    expect(publicPayloadOf(requested)).toMatchObject({ case: 'approvalRequested', value: { lineManagerId: 'manager-1', kind: ApprovalKind.PRACTISE_AS_COACH } });
    expect(publicPayloadOf(granted)).toMatchObject({ case: 'approvalGranted', value: { decidedBy: 'manager-1', decidedAs: ApprovalDecidedAs.LINE_MANAGER } });
    const declined: TrainingDomainEvent = {
      type: 'ApprovalDeclined',
      data: { ...granted.data, decidedAs: 'organisation_admin_for_absent_manager', reason: 'Performance concerns' },
    };
    expect(publicPayloadOf(declined)).toMatchObject({ case: 'approvalDeclined', value: { decidedAs: ApprovalDecidedAs.ORGANISATION_ADMIN_FOR_ABSENT_MANAGER } });
    expect(bytesOf(declined)).not.toContain('Performance concerns');
  });

  it('publishes eligibility changes with their reasons', () => {
    const lost: CoachEligibilityChanged = {
      type: 'CoachEligibilityChanged',
      data: { personId: 'asha', organisationId: 'org-1', programme: 'returners', role: 'mentor', eligible: false, reasons: ['TRAINING_LAPSED', 'PAUSED'] },
    };
    expect(publicPayloadOf(lost)).toMatchObject({
      case: 'coachEligibilityChanged',
      value: { programme: Programme.RETURNERS, role: PractitionerRole.MENTOR, eligible: false, reasons: [EligibilityReason.TRAINING_LAPSED, EligibilityReason.PAUSED] },
    });
  });

  it('publishes awards and development-centre dates, but no ratings, recordings or feedback', () => {
    expect(publicPayloadOf(foundationAwarded)).toMatchObject({ case: 'accreditationAwarded', value: { personId: 'asha', awardedBy: 'lead-1' } });
    expect(publicPayloadOf(ashaAssessed)).toMatchObject({ case: 'developmentAssessmentRecorded', value: { assessedOn: '2025-05-19', repeatDueOn: '2026-05-19' } });
    const bytes = bytesOf(ashaAssessed);
    expect(bytes).not.toContain('Feedback on');
    expect(bytes).not.toContain('media://');
  });

  it('publishes an assessment-centre outcome without its feedback', () => {
    const outcome: TrainingDomainEvent = {
      type: 'CandidateOutcomeRecorded',
      data: { centreId: 'centre-1', organisationId: 'org-1', personId: 'asha', outcome: 'not_yet', feedback: 'Rushed the contracting', recordedBy: 'a-1', recordedAt: '2025-09-10T15:00:00.000Z' },
    };
    expect(publicPayloadOf(outcome)).toMatchObject({ case: 'candidateOutcomeRecorded', value: { assessmentCentreId: 'centre-1', outcome: CandidateOutcome.NOT_YET } });
    expect(bytesOf(outcome)).not.toContain('Rushed');
  });

  it('keeps enrolments, acknowledgements and evidence records inside the service', () => {
    const cpd: TrainingDomainEvent = {
      type: 'CpdRecorded',
      data: { personId: 'asha', cpdId: 'c-1', hours: 2, date: '2025-01-01', description: 'Reading', recordedAt: '2025-01-02T00:00:00.000Z' },
    };
    for (const event of [enrolled('asha'), acknowledged('asha'), cpd]) expect(publicPayloadOf(event)).toBeNull();
  });
});
