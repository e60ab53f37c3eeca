import type { ReadModelProjection } from '@tapestry/eventsourcing';
import { accreditationProjection } from '../accreditation/accreditation.projection';
import { approvalProjection } from '../approvals/approval.projection';
import { assessmentCentreProjection } from '../assessment-centre/assessment-centre.projection';
import { developmentProjection } from '../development/development.projection';
import { courseProjection } from '../catalogue/course.projection';
import { trainingEventProjection } from '../events/training-event.projection';
import { trainingRecordProjection } from '../events/training-record.projection';
import { eligibilityProjection } from '../eligibility/eligibility.projection';

/** Every read model of the training service; each feature appends its own projections here. */
export const TRAINING_PROJECTIONS: readonly ReadModelProjection[] = [
  courseProjection,
  trainingEventProjection,
  trainingRecordProjection,
  accreditationProjection,
  developmentProjection,
  assessmentCentreProjection,
  approvalProjection,
  eligibilityProjection,
];
