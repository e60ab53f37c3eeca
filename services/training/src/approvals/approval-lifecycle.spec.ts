import { DeciderSpecification } from '@tapestry/eventsourcing';
import type { ApprovalEvent } from './approval.events';
import { approvalDecider } from './approval.decider';
import { isCurrentApproval } from './approval.state';
import { approvalId, decideAsManager, granted, requested, subject } from './approval.fixtures';

const spec = DeciderSpecification.for(approvalDecider);
const expire = (now: string) => ({ type: 'ExpireApproval', approvalId, now: new Date(now) }) as const;
const managerChanged = (newLineManagerId: string | null) =>
  ({ type: 'InvalidateOnManagerChange', approvalId, newLineManagerId, now: new Date('2025-04-01T08:00:00.000Z') }) as const;
const remind = (now: string, reminderAfterDays = 7) => ({ type: 'SendReminder', approvalId, reminderAfterDays, now: new Date(now) }) as const;
const reminderSent = (reminder: number, sentAt: string, lineManagerId = 'manager-1'): ApprovalEvent => ({
  type: 'ApprovalReminderSent',
  data: { ...subject, lineManagerId, reminder, sentAt },
});
const expired: ApprovalEvent = { type: 'ApprovalExpired', data: { ...subject, expiredAt: '2026-03-05T14:30:00.001Z' } };
const declined: ApprovalEvent = {
  type: 'ApprovalDeclined',
  data: { ...subject, lineManagerId: 'manager-1', decidedBy: 'manager-1', decidedAs: 'line_manager', reason: 'Not now', decidedAt: granted.data.decidedAt },
};
const invalidated = (newLineManagerId: string | null): ApprovalEvent => ({
  type: 'ApprovalInvalidated',
  data: { ...subject, previousLineManagerId: 'manager-1', newLineManagerId, invalidatedAt: '2025-04-01T08:00:00.000Z' },
});
const rerouted: ApprovalEvent = {
  type: 'ApprovalRerouted',
  data: { ...subject, previousLineManagerId: 'manager-1', lineManagerId: 'manager-2', reroutedAt: '2025-04-01T08:00:00.000Z' },
};

describe('expiring an approval', () => {
  it('expires a granted approval once its validity has passed', () => {
    spec.given([requested, granted]).when(expire('2026-03-05T14:30:00.001Z')).then([expired]);
  });

  it('leaves an approval alone up to the moment it expires', () => {
    spec.given([requested, granted]).when(expire('2026-03-05T14:30:00.000Z')).thenNothingHappens();
  });

  it('leaves requests that were never granted, or already ended, alone', () => {
    spec.given([requested]).when(expire('2027-01-01T00:00:00.000Z')).thenNothingHappens();
    spec.given([requested, declined]).when(expire('2027-01-01T00:00:00.000Z')).thenNothingHappens();
    spec.given([requested, granted, expired]).when(expire('2027-01-01T00:00:00.000Z')).thenNothingHappens();
  });

  it('refuses a request that does not exist', () => {
    spec.given([]).when(expire('2027-01-01T00:00:00.000Z')).thenThrows('NOT_FOUND');
  });

  it('counts as current while granted and not past its expiry', () => {
    const stateAfter = (events: ApprovalEvent[]) => events.reduce(approvalDecider.evolve, approvalDecider.initialState);
    expect(isCurrentApproval(stateAfter([requested]), new Date('2025-03-04T00:00:00.000Z'))).toBe(false);
    expect(isCurrentApproval(stateAfter([requested, granted]), new Date('2026-03-05T14:30:00.000Z'))).toBe(true);
    expect(isCurrentApproval(stateAfter([requested, granted]), new Date('2026-03-05T14:30:00.001Z'))).toBe(false);
    expect(isCurrentApproval(stateAfter([requested, granted, invalidated('manager-2')]), new Date('2025-06-01T00:00:00.000Z'))).toBe(false);
  });

  it('cannot be decided again once expired', () => {
    spec.given([requested, granted, expired]).when(decideAsManager()).thenThrows('ALREADY_DECIDED', /expired/);
  });
});

describe("when the person's line manager changes", () => {
  it('invalidates a granted approval', () => {
    spec.given([requested, granted]).when(managerChanged('manager-2')).then([invalidated('manager-2')]);
  });

  it('reroutes an unanswered request to the new manager', () => {
    spec.given([requested]).when(managerChanged('manager-2')).then([rerouted]);
  });

  it('invalidates an unanswered request when nobody manages the person any more', () => {
    spec.given([requested]).when(managerChanged(null)).then([invalidated(null)]);
  });

  it('does nothing when the manager is the same, or the request already ended', () => {
    spec.given([requested, granted]).when(managerChanged('manager-1')).thenNothingHappens();
    spec.given([requested, declined]).when(managerChanged('manager-2')).thenNothingHappens();
  });

  it('lets only the new manager decide a rerouted request', () => {
    spec
      .given([requested, rerouted])
      .when(decideAsManager({ decidedBy: 'manager-2' }))
      .then([{ ...granted, data: { ...granted.data, lineManagerId: 'manager-2', decidedBy: 'manager-2' } }]);
  });

  it('refuses a decision on an invalidated approval', () => {
    spec.given([requested, granted, invalidated('manager-2')]).when(decideAsManager()).thenThrows('ALREADY_DECIDED', /line manager changed/);
  });
});

describe('reminding the line manager', () => {
  it('reminds once N days have passed without an answer', () => {
    spec.given([requested]).when(remind('2025-03-10T09:00:00.000Z')).then([reminderSent(1, '2025-03-10T09:00:00.000Z')]);
  });

  it('does not remind before N days', () => {
    spec.given([requested]).when(remind('2025-03-10T08:59:59.999Z')).thenNothingHappens();
  });

  it('reminds at most once per N days', () => {
    const first = reminderSent(1, '2025-03-10T09:00:00.000Z');
    spec.given([requested, first]).when(remind('2025-03-16T09:00:00.000Z')).thenNothingHappens();
    spec.given([requested, first]).when(remind('2025-03-17T09:00:00.000Z')).then([reminderSent(2, '2025-03-17T09:00:00.000Z')]);
  });

  it('counts from the reroute, and reminds the new manager', () => {
    spec.given([requested, rerouted]).when(remind('2025-04-07T09:00:00.000Z')).thenNothingHappens();
    spec.given([requested, rerouted]).when(remind('2025-04-08T08:00:00.000Z')).then([reminderSent(1, '2025-04-08T08:00:00.000Z', 'manager-2')]);
  });

  it('does not remind about a decided request', () => {
    spec.given([requested, granted]).when(remind('2025-05-01T09:00:00.000Z')).thenNothingHappens();
  });

  it('refuses a reminder interval that is not a sane whole number of days', () => {
    spec.given([requested]).when(remind('2025-05-01T09:00:00.000Z', 0)).thenThrows('BAD_USER_INPUT', /1 to 90 whole days/);
    spec.given([requested]).when(remind('2025-05-01T09:00:00.000Z', 2.5)).thenThrows('BAD_USER_INPUT', /1 to 90 whole days/);
  });

  it('refuses a request that does not exist', () => {
    spec.given([]).when(remind('2025-05-01T09:00:00.000Z')).thenThrows('NOT_FOUND');
  });
});
