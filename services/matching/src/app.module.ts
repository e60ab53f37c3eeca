import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TapestryAuthModule, type VerificationKeys } from '@tapestry/auth';
import { DatabaseModule, DomainErrorFilter, HealthController, MessagingModule, messagingOptionsFor, subgraphGraphQLModule } from '@tapestry/nest-kit';
import { CoachesModule } from './coaches/coaches.module';
import { DirectoryModule } from './directory/directory.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { MatchingClock } from './infrastructure/matching-clock';
import type { MatchingConfig } from './infrastructure/matching-config';
import { MATCHING_CONFIG } from './infrastructure/matching-config.token';
import { MatchingInfrastructureModule } from './infrastructure/matching-infrastructure.module';
import { MatchingRelay } from './integration/matching-relay';
import type { Mailer } from './mail';
import { PolicyModule } from './policy/policy.module';
import { ReflectionsModule } from './reflections/reflections.module';
import { RelationshipsModule } from './relationships/relationships.module';
import { RequestsModule } from './requests/requests.module';
import { RoundsModule } from './rounds/rounds.module';

export interface MatchingModuleOptions {
  config: MatchingConfig;
  /** The gateway's public keys: only principals it signed are trusted. */
  gatewayKeys: VerificationKeys;
  /** Sends introductions and follow-ups (SMTP). */
  mailer: Mailer;
  /** Encrypts private reflections (32 bytes). */
  reflectionsMasterKey: Buffer;
  /** The time commands are decided at; tests pass a SettableClock. */
  clock?: MatchingClock;
}

@Module({})
export class MatchingModule {
  static forRoot({ config, gatewayKeys, mailer, reflectionsMasterKey, clock = new MatchingClock() }: MatchingModuleOptions): DynamicModule {
    return {
      module: MatchingModule,
      imports: [
        CqrsModule.forRoot(),
        DatabaseModule.forRoot({ url: config.databaseUrl }),
        MessagingModule.forRoot(messagingOptionsFor(config, 'matching')),
        subgraphGraphQLModule({ production: config.production }),
        TapestryAuthModule.forRoot({ keys: gatewayKeys }),
        MatchingInfrastructureModule.forRoot(clock),
        FollowUpsModule.forRoot(mailer, { pollIntervalMs: config.followUpPollMs, portalUrl: config.portalUrl }),
        DirectoryModule,
        PolicyModule,
        RequestsModule,
        CoachesModule,
        RoundsModule,
        RelationshipsModule,
        ReflectionsModule.forRoot(reflectionsMasterKey),
      ],
      controllers: [HealthController],
      providers: [{ provide: MATCHING_CONFIG, useValue: config }, { provide: APP_FILTER, useClass: DomainErrorFilter }, MatchingRelay],
    };
  }
}
