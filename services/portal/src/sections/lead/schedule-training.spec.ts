import { checkTrainingDate, scheduleProblems, type ScheduleTrainingInput } from './schedule-training';

const complete: ScheduleTrainingInput = {
  courseId: 'course',
  date: { day: '12', month: '1', year: '2027' },
  startTime: '09:30',
  endTime: '16:30',
  venue: 'Education Centre',
  onlineLink: '',
  facilitator: 'Sam Okafor',
  capacity: '12',
};

const TODAY = '2026-11-25';

describe('checking a training day before it is scheduled', () => {
  it('accepts a complete day in a venue', () => {
    expect(scheduleProblems(complete, TODAY)).toEqual([]);
    expect(checkTrainingDate(complete, TODAY).date).toBe('2027-01-12');
  });

  it('names every missing answer on its field', () => {
    const problems = scheduleProblems({ courseId: '', date: { day: '', month: '', year: '' }, startTime: '', endTime: '', venue: '', onlineLink: '', facilitator: '', capacity: '' }, TODAY);
    expect(problems.map((problem) => problem.field)).toEqual(['courseId', 'date', 'startTime', 'endTime', 'venue', 'facilitator', 'capacity']);
  });

  it('wants the day to end after it starts, a secure link and whole places', () => {
    const problems = scheduleProblems({ ...complete, endTime: '09:00', venue: '', onlineLink: 'http://example.org', capacity: '2.5' }, TODAY);
    expect(problems.map((problem) => problem.message)).toEqual(['End time must be after the start time', 'Online link must start with https://', 'Places must be a whole number, 1 or more']);
  });

  it('refuses a day that cannot exist or has gone, as training would', () => {
    const [notReal] = scheduleProblems({ ...complete, date: { day: '31', month: '2', year: '2027' } }, TODAY);
    expect(notReal).toMatchObject({ field: 'date', code: 'DATE_NOT_REAL', message: 'Date of the training must be a real date' });
    const [past] = scheduleProblems({ ...complete, date: { day: '24', month: '11', year: '2026' } }, TODAY);
    expect(past).toMatchObject({ field: 'date', code: 'DATE_OUT_OF_RANGE' });
    expect(scheduleProblems({ ...complete, date: { day: '25', month: '11', year: '2026' } }, TODAY)).toEqual([]);
  });
});
