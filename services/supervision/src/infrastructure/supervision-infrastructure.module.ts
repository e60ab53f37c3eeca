import { Global, Module, type DynamicModule } from '@nestjs/common';
import { SupervisionClock } from './supervision-clock';
import { SupervisionStore } from './supervision-store';

/** What every feature module injects: the store and the clock. Global, so feature modules need not import it. */
@Global()
@Module({})
export class SupervisionInfrastructureModule {
  static forRoot(clock: SupervisionClock): DynamicModule {
    return {
      module: SupervisionInfrastructureModule,
      providers: [SupervisionStore, { provide: SupervisionClock, useValue: clock }],
      exports: [SupervisionStore, SupervisionClock],
    };
  }
}
