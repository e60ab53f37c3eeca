import { cancelDeadline, cancelDeadlinesFor, scheduleDeadline, type Queryable } from '@tapestry/eventsourcing';
import { londonWallTimeToUtc, type CalendarDate } from '@tapestry/domain';
import type { ProgrammePolicy } from '../policy/programme-policy';
import type { FollowUpKind, RelationshipEvent } from '../relationships/relationship.events';

const DAY_MS = 86_400_000;

/** The kinds of deadline matching stores; each has one handler in FollowUpHandlers. */
export const DEADLINE_KINDS = ['introduction_mail', 'chemistry_follow_up', 'coach_answer', 'session_nudge', 'six_month_check', 'escalation'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface EscalationPayload extends Record<string, unknown> {
  followUp: Exclude<FollowUpKind, 'coach_answer'>;
}

const idOf = (kind: string, relationshipId: string): string => `${kind}:${relationshipId}`;
export const escalationIdOf = (followUp: FollowUpKind, relationshipId: string): string => idOf(`escalation-${followUp}`, relationshipId);

/** Follow-ups fall due at 09:00 London time, when a lead is at work, not at the minute of the event that set them. */
function morningOf(date: CalendarDate): Date {
  return londonWallTimeToUtc(date, '09:00');
}

function daysAfter(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

/** Schedules the escalation to the lead when a follow-up sent now gets no answer. */
export async function scheduleEscalation(db: Queryable, relationshipId: string, followUp: EscalationPayload['followUp'], now: Date, policy: ProgrammePolicy): Promise<void> {
  const payload: EscalationPayload = { followUp };
  await scheduleDeadline(db, { id: escalationIdOf(followUp, relationshipId), kind: 'escalation', subjectId: relationshipId, dueAt: daysAfter(now, policy.escalateAfterDays), payload });
}

/**
 * Keeps a relationship's deadlines in step with what just happened to it, in the same transaction as the events: a
 * follow-up is never lost to a crash between the two, and never sent for something already done.
 */
export async function planFollowUps(db: Queryable, relationshipId: string, events: readonly RelationshipEvent[], policy: ProgrammePolicy, now: Date): Promise<void> {
  for (const event of events) {
    switch (event.type) {
      case 'RelationshipIntroduced':
        await scheduleDeadline(db, { id: idOf('introduction_mail', relationshipId), kind: 'introduction_mail', subjectId: relationshipId, dueAt: now });
        await scheduleDeadline(db, {
          id: idOf('chemistry_follow_up', relationshipId),
          kind: 'chemistry_follow_up',
          subjectId: relationshipId,
          dueAt: daysAfter(now, policy.chemistryFollowUpDays),
        });
        await scheduleDeadline(db, { id: idOf('coach_answer', relationshipId), kind: 'coach_answer', subjectId: relationshipId, dueAt: daysAfter(now, policy.answerWithinDays) });
        break;
      case 'ChemistryMeetingHeld':
        await cancelDeadline(db, idOf('chemistry_follow_up', relationshipId));
        await cancelDeadline(db, escalationIdOf('chemistry_follow_up', relationshipId));
        break;
      case 'RelationshipActivated':
        await cancelDeadline(db, idOf('coach_answer', relationshipId));
        await scheduleDeadline(db, {
          id: idOf('session_nudge', relationshipId),
          kind: 'session_nudge',
          subjectId: relationshipId,
          dueAt: morningOf(event.data.activeFrom).getTime() + policy.sessionNudgeDays * DAY_MS > now.getTime()
            ? daysAfter(morningOf(event.data.activeFrom), policy.sessionNudgeDays)
            : now,
        });
        await scheduleDeadline(db, { id: idOf('six_month_check', relationshipId), kind: 'six_month_check', subjectId: relationshipId, dueAt: morningOf(event.data.reviewDueOn) });
        break;
      case 'SessionLogged':
        await scheduleDeadline(db, {
          id: idOf('session_nudge', relationshipId),
          kind: 'session_nudge',
          subjectId: relationshipId,
          dueAt: daysAfter(morningOf(event.data.heldOn), policy.sessionNudgeDays),
          rearm: true,
        });
        await cancelDeadline(db, escalationIdOf('session_nudge', relationshipId));
        break;
      case 'RelationshipExtended':
        await scheduleDeadline(db, {
          id: idOf('six_month_check', relationshipId),
          kind: 'six_month_check',
          subjectId: relationshipId,
          dueAt: morningOf(event.data.extendedTo),
          rearm: true,
        });
        await cancelDeadline(db, escalationIdOf('six_month_check', relationshipId));
        break;
      case 'RelationshipDeclined':
      case 'RelationshipClosed':
        await cancelDeadlinesFor(db, relationshipId);
        break;
      default:
        break;
    }
  }
}
