export { assertNever, ignoreUnknownEvent } from './assert-never';
export { addDays, addMonths, calendarDate, isCalendarDate, validDate } from './calendar-date';
export type { CalendarDate } from './calendar-date';
