import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TapestryAuthModule, type VerificationKeys } from '@tapestry/auth';
import { DatabaseModule, DomainErrorFilter, HealthController, MessagingModule, messagingOptionsFor, ServiceClock, subgraphGraphQLModule } from '@tapestry/nest-kit';
import { EvidencePackResolver } from './evidence-query/evidence-pack.resolver';
import { ExportResolver } from './graphql/export.resolver';
import { FigureQueriesResolver } from './graphql/figure-queries.resolver';
import { FigureTables } from './graphql/figure-tables';
import { TrialsResolver } from './trials/trials.resolver';
import type { AnalyticsConfig } from './infrastructure/analytics-config';
import { WarehouseConsumer } from './ingest/warehouse-consumer';

export interface AnalyticsModuleOptions {
  config: AnalyticsConfig;
  /** The gateway's public keys: only principals it signed are trusted. */
  gatewayKeys: VerificationKeys;
  /** The day outcomes are measured to and trial arms assigned on; tests pass a SettableClock. */
  clock?: ServiceClock;
}

@Module({})
export class AnalyticsModule {
  static forRoot({ config, gatewayKeys, clock = new ServiceClock() }: AnalyticsModuleOptions): DynamicModule {
    return {
      module: AnalyticsModule,
      imports: [
        DatabaseModule.forRoot({ url: config.databaseUrl }),
        MessagingModule.forRoot(messagingOptionsFor(config, 'analytics')),
        subgraphGraphQLModule({ production: config.production }),
        TapestryAuthModule.forRoot({ keys: gatewayKeys }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: ServiceClock, useValue: clock },
        WarehouseConsumer,
        FigureTables,
        FigureQueriesResolver,
        TrialsResolver,
        ExportResolver,
        EvidencePackResolver,
      ],
    };
  }
}
