import { Module } from '@nestjs/common';
import { CalendarInviteController } from './calendar-invite.controller';
import {
  AcknowledgeExpectationsHandler,
  CancelEnrolmentHandler,
  CancelTrainingEventHandler,
  EnrolHandler,
  RecordAttendanceHandler,
  ScheduleTrainingEventHandler,
} from './training-event.handlers';
import { TrainingEventResolver } from './training-event.resolver';

/** Training events: scheduling, enrolment and the waiting list, the booklet, the register, calendar invitations. */
@Module({
  controllers: [CalendarInviteController],
  providers: [
    ScheduleTrainingEventHandler,
    CancelTrainingEventHandler,
    EnrolHandler,
    CancelEnrolmentHandler,
    AcknowledgeExpectationsHandler,
    RecordAttendanceHandler,
    TrainingEventResolver,
  ],
})
export class TrainingEventsModule {}
