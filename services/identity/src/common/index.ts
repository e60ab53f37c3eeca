export { assertNever, calendarDate, ignoreUnknownEvent, isCalendarDate, londonDateOf } from '@tapestry/domain';
export type { CalendarDate } from '@tapestry/domain';
export { isValidEmail, normaliseEmail } from './email-address';
export { nameKey, requireText } from './required-text';
