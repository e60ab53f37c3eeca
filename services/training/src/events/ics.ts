import { toIcsCalendar } from '@tapestry/domain';
import type { CourseDetails } from '../catalogue';
import type { TrainingEventDetails } from './training-event.events';

// Re-exported because the events module's face has offered them since before they moved to @tapestry/domain.
export { escapeText, foldLine } from '@tapestry/domain';

/** What a calendar invitation needs of a training event; a read-model row or a decider state both fit. */
export type IcsTrainingEvent = { eventId: string; cancelledAt?: string | null } & Pick<
  TrainingEventDetails,
  'startsAt' | 'endsAt' | 'venue' | 'onlineLink' | 'facilitator' | 'scheduledAt'
>;

export type IcsCourse = Pick<CourseDetails, 'title' | 'modules'>;

function description(event: IcsTrainingEvent, course: IcsCourse): string {
  const lines = [`Facilitator: ${event.facilitator}`, `Modules: ${course.modules.join('; ')}`];
  if (event.onlineLink) lines.push(`Join online: ${event.onlineLink}`);
  return lines.join('\n');
}

/**
 * A calendar invitation (RFC 5545) for one training event, times in UTC. A cancelled event keeps its UID with a
 * higher SEQUENCE and STATUS:CANCELLED, so calendars that imported the invitation remove it. Published, not sent as
 * a REQUEST: learners download it from the portal, and attendance is recorded by the facilitator, not by replies.
 */
export function toIcs(event: IcsTrainingEvent, course: IcsCourse): string {
  const cancelled = Boolean(event.cancelledAt);
  return toIcsCalendar({
    prodId: '-//Tapestry//Training//EN',
    method: 'PUBLISH',
    events: [
      {
        uid: `${event.eventId}@training.tapestry`,
        stamp: event.cancelledAt ?? event.scheduledAt,
        sequence: cancelled ? 1 : 0,
        start: event.startsAt,
        end: event.endsAt,
        summary: course.title,
        description: description(event, course),
        location: event.venue ?? 'Online',
        ...(event.onlineLink ? { url: event.onlineLink } : {}),
        status: cancelled ? 'CANCELLED' : 'CONFIRMED',
      },
    ],
  });
}
