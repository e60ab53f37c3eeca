import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventMetadata, EventStore, Queryable } from '@tapestry/eventsourcing';
import { followLineManagerChange, runApprovalCommand } from '../approvals/approval-writes';
import { londonDateOf } from '../common';
import { recomputeEligibility, systemMetadata } from '../eligibility/recompute-eligibility';
import { TrainingClock } from '../infrastructure/training-clock';
import { TrainingStore } from '../infrastructure/training-store';
import { APPROVAL_POLICY, type ApprovalPolicy } from './approval-policy';
import { approvalsDueToExpire, approvalsDueAReminder, approvalsBehindTheirManager, peopleNewlyEligible, peopleWhoseTrainingLapsed } from './sweep.queries';

/** What one pass of the sweep changed. */
export interface SweepResult {
  expired: number;
  reminded: number;
  followedManagerChanges: number;
  eligibilityRecomputed: number;
  failed: number;
}

/**
 * What changes with time alone: approvals past their validity expire, unanswered requests remind the line manager (a
 * reminder is an ApprovalReminderSent event; nothing delivers it to the manager yet, as the platform has no
 * notification channel), and eligibility is recomputed for coaches whose training lapsed, or who completed training
 * after their approval without anything recomputing it. It also catches approvals still routed to a former manager,
 * should a directory change have been missed. Every item is a transaction of its own, so one failure does not stop
 * the rest.
 */
@Injectable()
export class ApprovalSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly logger = new Logger('ApprovalSweep');

  constructor(
    private readonly store: TrainingStore,
    private readonly clock: TrainingClock,
    @Inject(APPROVAL_POLICY) private readonly policy: ApprovalPolicy,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.policy.sweepIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass at the clock's now; the timer calls it, and tests call it directly. */
  async runOnce(): Promise<SweepResult> {
    const now = this.clock.now();
    const result: SweepResult = { expired: 0, reminded: 0, followedManagerChanges: 0, eligibilityRecomputed: 0, failed: 0 };
    const metadata = (): EventMetadata => systemMetadata('approval-sweep');
    const each = async <T>(items: T[], work: (item: T, events: EventStore, client: Queryable) => Promise<boolean>, counter: keyof SweepResult) => {
      for (const item of items) {
        try {
          if (await this.store.transact((events, client) => work(item, events, client))) result[counter] += 1;
        } catch (error) {
          result.failed += 1;
          this.logger.warn(`Sweeping ${JSON.stringify(item)} failed and will be tried again next pass: ${String(error)}`);
        }
      }
    };
    const db = this.store.pool;
    await each(await approvalsDueToExpire(db, now), async ({ approvalId, personId }, events, client) => {
      const { events: expired } = await runApprovalCommand(events, { type: 'ExpireApproval', approvalId, now }, metadata());
      await recomputeEligibility(events, client, personId, now, metadata());
      return expired.length > 0;
    }, 'expired');
    await each(await approvalsDueAReminder(db, now, this.policy.reminderAfterDays), async ({ approvalId }, events) => {
      const { events: sent } = await runApprovalCommand(events, { type: 'SendReminder', approvalId, reminderAfterDays: this.policy.reminderAfterDays, now }, metadata());
      return sent.length > 0;
    }, 'reminded');
    await each(await approvalsBehindTheirManager(db), async ({ personId, lineManagerId }, events, client) => {
      const changed = await followLineManagerChange(events, client, personId, lineManagerId, now, metadata());
      await recomputeEligibility(events, client, personId, now, metadata());
      return changed > 0;
    }, 'followedManagerChanges');
    const today = londonDateOf(now);
    const stale = new Set([...(await peopleWhoseTrainingLapsed(db, today)), ...(await peopleNewlyEligible(db, now, today))]);
    await each([...stale], async (personId, events, client) => {
      const changes = await recomputeEligibility(events, client, personId, now, metadata());
      return changes.length > 0;
    }, 'eligibilityRecomputed');
    return result;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.runOnce()
      .catch((error: unknown) => this.logger.warn(`Approval sweep failed and will run again: ${String(error)}`))
      .finally(() => {
        this.running = undefined;
      });
  }
}
