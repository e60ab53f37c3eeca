import { Global, Module, type DynamicModule } from '@nestjs/common';
import { MatchingClock } from './matching-clock';
import { MatchingStore } from './matching-store';

/** What every feature module injects: the store and the clock. Global, so feature modules need not import it. */
@Global()
@Module({})
export class MatchingInfrastructureModule {
  static forRoot(clock: MatchingClock): DynamicModule {
    return {
      module: MatchingInfrastructureModule,
      providers: [MatchingStore, { provide: MatchingClock, useValue: clock }],
      exports: [MatchingStore, MatchingClock],
    };
  }
}
