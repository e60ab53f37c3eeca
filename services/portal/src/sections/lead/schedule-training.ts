import type { Problem } from '../../api/api-error';

export interface ScheduleTrainingInput {
  courseId: string;
  date: string;
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
  date: 'event-date',
  startTime: 'event-start',
  endTime: 'event-end',
  venue: 'event-venue',
  onlineLink: 'event-link',
  facilitator: 'event-facilitator',
  Facilitator: 'event-facilitator',
  capacity: 'event-capacity',
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Missing or impossible answers, in the words of the NHS error summary; empty when the form can be sent. */
export function scheduleProblems(input: ScheduleTrainingInput): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ message, code: 'BAD_USER_INPUT', field });
  if (!input.courseId) add('courseId', 'Select the course');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) add('date', 'Enter the date of the training');
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
