export { attendeeLine, organizerLine, toIcsCalendar, veventLines } from './calendar';
export type { IcsAttendee, IcsCalendar, IcsEvent, IcsMethod, IcsParticipationRole, IcsPerson, IcsStatus } from './calendar';
export { icsUtc } from './date-time';
export { parseContentLine, readIcs } from './reader';
export type { IcsContentLine } from './reader';
export { CRLF, escapeText, foldLine, quoteParameter, serialiseLines, unescapeText } from './text';
