import { Module } from '@nestjs/common';
import { SupervisorPauseConsumer } from './supervisor-pause.consumer';

/** Pauses by supervisors, from supervision's events: they make a coach ineligible until resumed. */
@Module({ providers: [SupervisorPauseConsumer] })
export class SupervisorPausesModule {}
