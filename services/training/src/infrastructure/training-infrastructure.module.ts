import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TrainingClock } from './training-clock';
import { TrainingStore } from './training-store';

/** What every feature module injects: the store and the clock. Global, so feature modules need not import it. */
@Global()
@Module({})
export class TrainingInfrastructureModule {
  static forRoot(clock: TrainingClock): DynamicModule {
    return {
      module: TrainingInfrastructureModule,
      providers: [TrainingStore, { provide: TrainingClock, useValue: clock }],
      exports: [TrainingStore, TrainingClock],
    };
  }
}
