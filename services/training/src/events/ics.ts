import type { CourseDetails } from '../catalogue';
import type { TrainingEventDetails } from './training-event.events';

/** What a calendar invitation needs of a training event; a read-model row or a decider state both fit. */
export type IcsTrainingEvent = { eventId: string; cancelledAt?: string | null } & Pick<
  TrainingEventDetails,
  'startsAt' | 'endsAt' | 'venue' | 'onlineLink' | 'facilitator' | 'scheduledAt'
>;

export type IcsCourse = Pick<CourseDetails, 'title' | 'modules'>;

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** RFC 5545 3.3.11: backslash, semicolon and comma are escaped, and line breaks become `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are split, each continuation starting with one space. Octets, not
 * characters, and never inside a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** `2025-06-12T08:30:00.000Z` as iCalendar's UTC form `20250612T083000Z`. */
export function icsUtc(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function description(event: IcsTrainingEvent, course: IcsCourse): string {
  const lines = [`Facilitator: ${event.facilitator}`, `Modules: ${course.modules.join('; ')}`];
  if (event.onlineLink) lines.push(`Join online: ${event.onlineLink}`);
  return lines.join('\n');
}

/**
 * A calendar invitation (RFC 5545) for one training event, times in UTC. A cancelled event keeps its UID with a
 * higher SEQUENCE and STATUS:CANCELLED, so calendars that imported the invitation remove it.
 */
export function toIcs(event: IcsTrainingEvent, course: IcsCourse): string {
  const cancelled = Boolean(event.cancelledAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tapestry//Training//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.eventId}@training.tapestry`,
    `DTSTAMP:${icsUtc(event.cancelledAt ?? event.scheduledAt)}`,
    `SEQUENCE:${cancelled ? 1 : 0}`,
    `DTSTART:${icsUtc(event.startsAt)}`,
    `DTEND:${icsUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(course.title)}`,
    `DESCRIPTION:${escapeText(description(event, course))}`,
    `LOCATION:${escapeText(event.venue ?? 'Online')}`,
    ...(event.onlineLink ? [`URL:${event.onlineLink}`] : []),
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
