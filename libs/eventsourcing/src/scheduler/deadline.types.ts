import type { PoolClient } from 'pg';

/** `failed` means the handler threw on every one of the scheduler's allowed attempts; it is not tried again. */
export type DeadlineStatus = 'pending' | 'fired' | 'cancelled' | 'failed';

/** Free-form facts the handler needs; stored as jsonb, so it must survive JSON.stringify. */
export type DeadlinePayload = Record<string, unknown>;

export interface Deadline<P extends DeadlinePayload = DeadlinePayload> {
  id: string;
  kind: string;
  subjectId: string;
  dueAt: Date;
  payload: P;
  status: DeadlineStatus;
  /** How many times a handler ran for it (successful or not). */
  attempts: number;
  lastError: string | null;
  firedAt: Date | null;
  createdAt: Date;
}

export interface ScheduleDeadlineInput {
  /**
   * Chosen by the caller and deterministic (`chemistry-follow-up:<relationshipId>`), so scheduling the same thing twice
   * is one deadline, not two.
   */
  id: string;
  kind: string;
  /** What the deadline is about (a relationship id, a person id): `cancelDeadlinesFor` cancels by it. */
  subjectId: string;
  dueAt: Date;
  payload?: DeadlinePayload;
  /** Re-arms a deadline that already fired, was cancelled or failed. Without it such a deadline is left as it is. */
  rearm?: boolean;
}

/** `unchanged`: the deadline exists, is no longer pending, and `rearm` was not asked for. */
export type ScheduleOutcome = 'scheduled' | 'rescheduled' | 'unchanged';

/**
 * Does what the deadline stands for, inside the transaction that marks it fired: its writes commit with the mark or
 * not at all, and it may schedule or cancel other deadlines with the same client.
 */
export type DeadlineHandler = (deadline: Deadline, client: PoolClient) => Promise<void>;

export class SchedulerError extends Error {
  constructor(
    readonly code: 'BAD_DEADLINE' | 'BAD_OPTIONS' | 'ALREADY_RUNNING',
    message: string,
  ) {
    super(message);
    this.name = 'SchedulerError';
  }
}
