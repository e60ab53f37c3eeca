import { Module } from '@nestjs/common';
import {
  AddDevelopmentPlanItemHandler,
  CompleteDevelopmentPlanItemHandler,
  JoinActionLearningSetHandler,
  RecordDevelopmentAssessmentHandler,
} from './development.handlers';
import { DevelopmentResolver } from './development.resolver';
import { AssessmentCentreModule } from '../assessment-centre/assessment-centre.module';
import { CoachProfileModule } from '../profile/coach-profile.module';

/**
 * The coach development centre, with the assessment centre that selects coaches and the coach profile that draws
 * them together: the root module imports this one module for all three.
 */
@Module({
  imports: [AssessmentCentreModule, CoachProfileModule],
  providers: [RecordDevelopmentAssessmentHandler, AddDevelopmentPlanItemHandler, CompleteDevelopmentPlanItemHandler, JoinActionLearningSetHandler, DevelopmentResolver],
})
export class DevelopmentModule {}
