import type { Problem } from '../../api/api-error';
import { checkDate, firstBoxId, type DateParts } from '../../components/date-parts';

export interface ScheduleTrainingInput {
  courseId: string;
  date: DateParts;
  startTime: string;
  endTime: string;
  venue: string;
  onlineLink: string;
  facilitator: string;
  capacity: string;
}

/** Field names as the training service reports them, mapped to the inputs on the page. */
export const SCHEDULE_FIELDS: Record<string, string> = {
  courseId: 'event-course',
  date: firstBoxId('event-date'),
  startTime: 'event-start',
  endTime: 'event-end',
  venue: 'event-venue',
  onlineLink: 'event-link',
  facilitator: 'event-facilitator',
  Facilitator: 'event-facilitator',
  capacity: 'event-capacity',
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The day the boxes give, or why they do not: training's rule is today or later, in London. */
export const checkTrainingDate = (input: ScheduleTrainingInput, today: string) =>
  checkDate('date', input.date, { name: 'Date of the training', missing: 'Enter the date of the training', todayOr: 'future', today });

/** Missing or impossible answers, in the words of the NHS error summary; empty when the form can be sent. */
export function scheduleProblems(input: ScheduleTrainingInput, today: string): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ message, code: 'BAD_USER_INPUT', field });
  if (!input.courseId) add('courseId', 'Select the course');
  const date = checkTrainingDate(input, today);
  if (date.problem) problems.push(date.problem);
  if (!TIME.test(input.startTime)) add('startTime', 'Enter the start time, for example 09:30');
  if (!TIME.test(input.endTime)) add('endTime', 'Enter the end time, for example 16:30');
  else if (TIME.test(input.startTime) && input.endTime <= input.startTime) add('endTime', 'End time must be after the start time');
  if (!input.venue.trim() && !input.onlineLink.trim()) add('venue', 'Enter a venue or an online link');
  if (input.onlineLink.trim() && !/^https:\/\/\S+$/.test(input.onlineLink.trim())) add('onlineLink', 'Online link must start with https://');
  if (!input.facilitator.trim()) add('facilitator', 'Enter the facilitator’s name');
  const capacity = Number(input.capacity);
  if (!input.capacity.trim() || !Number.isInteger(capacity) || capacity < 1) add('capacity', 'Places must be a whole number, 1 or more');
  return problems;
}
