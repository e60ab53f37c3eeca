import { scheduleProblems, type ScheduleTrainingInput } from './schedule-training';

const complete: ScheduleTrainingInput = {
  courseId: 'course',
  date: '2027-01-12',
  startTime: '09:30',
  endTime: '16:30',
  venue: 'Education Centre',
  onlineLink: '',
  facilitator: 'Sam Okafor',
  capacity: '12',
};

describe('checking a training day before it is scheduled', () => {
  it('accepts a complete day in a venue', () => {
    expect(scheduleProblems(complete)).toEqual([]);
  });

  it('names every missing answer on its field', () => {
    const problems = scheduleProblems({ courseId: '', date: '', startTime: '', endTime: '', venue: '', onlineLink: '', facilitator: '', capacity: '' });
    expect(problems.map((problem) => problem.field)).toEqual(['courseId', 'date', 'startTime', 'endTime', 'venue', 'facilitator', 'capacity']);
  });

  it('wants the day to end after it starts, a secure link and whole places', () => {
    const problems = scheduleProblems({ ...complete, endTime: '09:00', venue: '', onlineLink: 'http://example.org', capacity: '2.5' });
    expect(problems.map((problem) => problem.message)).toEqual(['End time must be after the start time', 'Online link must start with https://', 'Places must be a whole number, 1 or more']);
  });
});
