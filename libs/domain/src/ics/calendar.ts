import { icsUtc } from './date-time';
import { escapeText, quoteParameter, serialiseLines } from './text';

/** iTIP (RFC 5546) methods: PUBLISH for a notice, REQUEST for an invitation to answer, CANCEL to withdraw one. */
export type IcsMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';
export type IcsStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
export type IcsParticipationRole = 'CHAIR' | 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT' | 'NON-PARTICIPANT';

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsAttendee extends IcsPerson {
  /** REQ-PARTICIPANT when left out. */
  role?: IcsParticipationRole;
  /** Whether the attendee's calendar should ask them to reply; true when left out. */
  rsvp?: boolean;
}

/** One VEVENT. Instants are ISO-8601 strings (or Dates) and are written in UTC. */
export interface IcsEvent {
  /** Stable across updates and cancellation, so calendars replace the invitation instead of adding another. */
  uid: string;
  /** When this version of the event was written. */
  stamp: string | Date;
  start: string | Date;
  end: string | Date;
  summary: string;
  description?: string;
  location?: string;
  /** Written as is: a URI is not TEXT and must not be escaped. */
  url?: string;
  /** Raised on every change so calendars take the newer version; 0 when left out. */
  sequence?: number;
  status?: IcsStatus;
  organizer?: IcsPerson;
  attendees?: readonly IcsAttendee[];
}

export interface IcsCalendar {
  /** Who wrote the calendar, e.g. `-//Tapestry//Training//EN`. */
  prodId: string;
  method?: IcsMethod;
  events: readonly IcsEvent[];
}

/** A mail address inside a `mailto:` URI; a line break or space here would start a new property. */
function mailto(email: string): string {
  if (!/^[^\s@"<>]+@[^\s@"<>]+$/.test(email)) throw new RangeError(`"${email}" is not an email address an invitation can carry`);
  return `mailto:${email}`;
}

export function organizerLine(organizer: IcsPerson): string {
  return `ORGANIZER;CN=${quoteParameter(organizer.name)}:${mailto(organizer.email)}`;
}

export function attendeeLine(attendee: IcsAttendee): string {
  const params = [
    'CUTYPE=INDIVIDUAL',
    `ROLE=${attendee.role ?? 'REQ-PARTICIPANT'}`,
    'PARTSTAT=NEEDS-ACTION',
    `RSVP=${attendee.rsvp === false ? 'FALSE' : 'TRUE'}`,
    `CN=${quoteParameter(attendee.name)}`,
  ];
  return `ATTENDEE;${params.join(';')}:${mailto(attendee.email)}`;
}

/** The unfolded content lines of one VEVENT, BEGIN to END. */
export function veventLines(event: IcsEvent): string[] {
  const sequence = event.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) throw new RangeError(`SEQUENCE must be a whole number of at least 0, not ${sequence}`);
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `SEQUENCE:${sequence}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description === undefined ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
    ...(event.location === undefined ? [] : [`LOCATION:${escapeText(event.location)}`]),
    ...(event.url === undefined ? [] : [`URL:${event.url}`]),
    ...(event.organizer ? [organizerLine(event.organizer)] : []),
    ...(event.attendees ?? []).map(attendeeLine),
    ...(event.status ? [`STATUS:${event.status}`] : []),
    'END:VEVENT',
  ];
}

/** A whole .ics text: VCALENDAR around the events, folded, CRLF line endings. */
export function toIcsCalendar(calendar: IcsCalendar): string {
  if (calendar.method === 'REQUEST' && calendar.events.some((event) => !event.organizer)) {
    // RFC 5546 3.2.2: a REQUEST names its ORGANIZER, or calendars cannot send the replies anywhere.
    throw new RangeError('An invitation sent with METHOD:REQUEST needs an ORGANIZER on every event');
  }
  return serialiseLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    ...(calendar.method ? [`METHOD:${calendar.method}`] : []),
    ...calendar.events.flatMap(veventLines),
    'END:VCALENDAR',
  ]);
}
