import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Mailer } from '../mail';
import { FollowUpResolver } from './follow-up.resolver';
import { FOLLOW_UP_OPTIONS, MAILER, type FollowUpOptions } from './follow-up.tokens';
import { FollowUps } from './follow-ups';

/** Global so that approvals can ask for due follow-ups (the introduction mail) to go at once. */
@Global()
@Module({})
export class FollowUpsModule {
  static forRoot(mailer: Mailer, options: FollowUpOptions): DynamicModule {
    return {
      module: FollowUpsModule,
      providers: [{ provide: MAILER, useValue: mailer }, { provide: FOLLOW_UP_OPTIONS, useValue: options }, FollowUps, FollowUpResolver],
      exports: [FollowUps],
    };
  }
}
