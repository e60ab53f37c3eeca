import { Module } from '@nestjs/common';
import { AddAssessmentCentreCandidateHandler, PlanAssessmentCentreHandler, RecordAssessmentCentreOutcomeHandler } from './assessment-centre.handlers';
import { AssessmentCentreResolver } from './assessment-centre.resolver';

@Module({ providers: [PlanAssessmentCentreHandler, AddAssessmentCentreCandidateHandler, RecordAssessmentCentreOutcomeHandler, AssessmentCentreResolver] })
export class AssessmentCentreModule {}
