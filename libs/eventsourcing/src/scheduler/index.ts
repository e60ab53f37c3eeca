export type {
  Deadline,
  DeadlineHandler,
  DeadlinePayload,
  DeadlineStatus,
  ScheduleDeadlineInput,
  ScheduleOutcome,
} from './deadline.types';
export { SchedulerError } from './deadline.types';
export { ensureSchedulerTables } from './scheduler.sql';
export { cancelDeadline, cancelDeadlinesFor, findDeadline, pendingDeadlines, scheduleDeadline } from './deadlines';
export { DeadlineScheduler } from './deadline-scheduler';
export type { DeadlineSchedulerOptions, RunDueResult, SchedulerLog } from './deadline-scheduler';
