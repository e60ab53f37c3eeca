export { addDays, addMonths, assertNever, calendarDate, ignoreUnknownEvent, isCalendarDate, LONDON_TIME_ZONE, londonDateOf, londonOffsetMinutes, londonWallTimeToUtc, validDate } from '@tapestry/domain';
export type { CalendarDate } from '@tapestry/domain';
export { validHours } from './hours';
export { optionalText, requireText, textKey } from '@tapestry/nest-kit';
