export { addDays, addMonths, assertNever, calendarDate, ignoreUnknownEvent, isCalendarDate, validDate } from '@tapestry/domain';
export type { CalendarDate } from '@tapestry/domain';
export { validHours } from './hours';
export { LONDON_TIME_ZONE, londonDateOf, londonOffsetMinutes, londonWallTimeToUtc } from './london-time';
export { optionalText, requireText, textKey } from './required-text';
