import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TapestryAuthModule, type VerificationKeys } from '@tapestry/auth';
import { DatabaseModule, DomainErrorFilter, HealthController, MessagingModule, messagingOptionsFor, subgraphGraphQLModule } from '@tapestry/nest-kit';
import { ArrangementsModule } from './arrangements/arrangements.module';
import { CaseloadsModule } from './caseloads/caseloads.module';
import { ConcernsModule } from './concerns/concerns.module';
import { SupervisionDirectoryModule } from './directory/supervision-directory.module';
import { SupervisionClock } from './infrastructure/supervision-clock';
import type { SupervisionConfig } from './infrastructure/supervision-config';
import { SupervisionInfrastructureModule } from './infrastructure/supervision-infrastructure.module';
import { SupervisionRelay } from './integration/supervision-relay';
import { PauseModule } from './pause/pause.module';
import { SupervisionRecordModule } from './record/supervision-record.module';
import { SupervisionSessionsModule } from './sessions/supervision-sessions.module';
import { WellbeingModule } from './wellbeing/wellbeing.module';

export interface SupervisionModuleOptions {
  config: SupervisionConfig;
  /** The gateway's public keys: only principals it signed are trusted. */
  gatewayKeys: VerificationKeys;
  /** The time commands are decided at; tests pass a SettableClock. */
  clock?: SupervisionClock;
}

@Module({})
export class SupervisionModule {
  static forRoot({ config, gatewayKeys, clock = new SupervisionClock() }: SupervisionModuleOptions): DynamicModule {
    return {
      module: SupervisionModule,
      imports: [
        CqrsModule.forRoot(),
        DatabaseModule.forRoot({ url: config.databaseUrl }),
        MessagingModule.forRoot(messagingOptionsFor(config, 'supervision')),
        subgraphGraphQLModule({ production: config.production }),
        TapestryAuthModule.forRoot({ keys: gatewayKeys }),
        SupervisionInfrastructureModule.forRoot(clock),
        SupervisionDirectoryModule,
        ArrangementsModule,
        SupervisionSessionsModule,
        PauseModule,
        WellbeingModule,
        ConcernsModule,
        SupervisionRecordModule,
        CaseloadsModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }, SupervisionRelay],
    };
  }
}
