export { assertNever, ignoreUnknownEvent } from './assert-never';
export { addDays, addMonths, calendarDate, isCalendarDate, validDate } from './calendar-date';
export type { CalendarDate } from './calendar-date';
export { LONDON_TIME_ZONE, londonDateOf, londonOffsetMinutes, londonWallTimeToUtc } from './london-time';
export * from './ics';
