export { assertNever, ignoreUnknownEvent } from './assert-never';
export { calendarDate, isCalendarDate } from './calendar-date';
export type { CalendarDate } from './calendar-date';
export { isValidEmail, normaliseEmail } from './email-address';
export { nameKey, requireText } from './required-text';
