import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TapestryAuthModule, type VerificationKeys } from '@tapestry/auth';
import { DatabaseModule, DomainErrorFilter, HealthController, MessagingModule, messagingOptionsFor, subgraphGraphQLModule } from '@tapestry/nest-kit';
import { AccreditationModule } from './accreditation/accreditation.module';
import { ApprovalsModule } from './approvals/approvals.module';
import { AssessmentCentreModule } from './assessment-centre/assessment-centre.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { DevelopmentModule } from './development/development.module';
import { EligibilityModule } from './eligibility/eligibility.module';
import { TrainingEventsModule } from './events/training-events.module';
import { PeopleDirectoryModule } from './people-directory/people-directory.module';
import { PracticeEvidenceModule } from './practice-evidence/practice-evidence.module';
import { CoachProfileModule } from './profile/coach-profile.module';
import { SupervisorPausesModule } from './supervisor-pauses/supervisor-pauses.module';
import { TrainingClock } from './infrastructure/training-clock';
import type { TrainingConfig } from './infrastructure/training-config';
import { TRAINING_CONFIG } from './infrastructure/training-config.token';
import { TrainingInfrastructureModule } from './infrastructure/training-infrastructure.module';
import { TrainingRelay } from './integration/training-relay';

export interface TrainingModuleOptions {
  config: TrainingConfig;
  /** The gateway's public keys: only principals it signed are trusted. */
  gatewayKeys: VerificationKeys;
  /** The time commands are decided at; tests pass a SettableClock. */
  clock?: TrainingClock;
}

@Module({})
export class TrainingModule {
  static forRoot({ config, gatewayKeys, clock = new TrainingClock() }: TrainingModuleOptions): DynamicModule {
    return {
      module: TrainingModule,
      imports: [
        CqrsModule.forRoot(),
        DatabaseModule.forRoot({ url: config.databaseUrl }),
        MessagingModule.forRoot(messagingOptionsFor(config, 'training')),
        subgraphGraphQLModule({ production: config.production }),
        TapestryAuthModule.forRoot({ keys: gatewayKeys }),
        TrainingInfrastructureModule.forRoot(clock),
        CatalogueModule,
        TrainingEventsModule,
        PeopleDirectoryModule,
        ApprovalsModule,
        EligibilityModule,
        AccreditationModule,
        DevelopmentModule,
        AssessmentCentreModule,
        CoachProfileModule,
        PracticeEvidenceModule,
        SupervisorPausesModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: TRAINING_CONFIG, useValue: config }, { provide: APP_FILTER, useClass: DomainErrorFilter }, TrainingRelay],
    };
  }
}
