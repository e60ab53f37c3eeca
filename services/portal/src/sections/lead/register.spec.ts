import { attendanceWords, canCancel, recordedMessage, registerChoices, registerIsOpen } from './register';
import type { Enrolment } from './training-queries';

const place = (change: Partial<Enrolment> = {}): Enrolment => ({
  learnerId: 'learner',
  status: 'ENROLLED',
  waitingPosition: null,
  acknowledgedExpectations: true,
  attendance: null,
  completed: false,
  ...change,
});

describe('taking the register of a training day', () => {
  it('opens on the day of the training and stays open after it, never for a cancelled day', () => {
    expect(registerIsOpen({ date: '2027-01-12', status: 'SCHEDULED' }, '2027-01-11')).toBe(false);
    expect(registerIsOpen({ date: '2027-01-12', status: 'SCHEDULED' }, '2027-01-12')).toBe(true);
    expect(registerIsOpen({ date: '2027-01-12', status: 'SCHEDULED' }, '2027-02-01')).toBe(true);
    expect(registerIsOpen({ date: '2027-01-12', status: 'CANCELLED' }, '2027-01-12')).toBe(false);
  });

  it('offers attended or absent to a learner with a place who read the booklet', () => {
    expect(registerChoices(place())).toEqual(['ATTENDED', 'ABSENT']);
  });

  it('offers only absent to a learner who has not read the booklet, as they cannot complete the course', () => {
    expect(registerChoices(place({ acknowledgedExpectations: false }))).toEqual(['ABSENT']);
  });

  it('lets a learner marked absent by mistake be marked as attended, and never undoes a completion', () => {
    expect(registerChoices(place({ attendance: 'ABSENT' }))).toEqual(['ATTENDED']);
    expect(registerChoices(place({ attendance: 'ATTENDED', completed: true }))).toEqual([]);
  });

  it('has nothing to record for someone waiting or no longer enrolled', () => {
    expect(registerChoices(place({ status: 'WAITING', waitingPosition: 1 }))).toEqual([]);
    expect(registerChoices(place({ status: 'CANCELLED' }))).toEqual([]);
  });

  it('says where each learner stands and what was recorded', () => {
    expect(attendanceWords(place())).toBe('Not recorded');
    expect(attendanceWords(place({ attendance: 'ABSENT' }))).toBe('Absent');
    expect(attendanceWords(place({ attendance: 'ATTENDED', completed: true }))).toBe('Attended, course completed');
    expect(recordedMessage('Asha Patel', 'Foundation day', place({ attendance: 'ATTENDED', completed: true }))).toBe('Asha Patel attended and has completed Foundation day.');
    expect(recordedMessage('Asha Patel', 'Foundation day', place({ attendance: 'ABSENT' }))).toBe('Asha Patel is marked as absent.');
  });
});

describe('cancelling a training day', () => {
  const day = { status: 'SCHEDULED', startsAt: '2027-01-12T09:00:00.000Z' };

  it('is possible until the day starts', () => {
    expect(canCancel(day, new Date('2027-01-12T08:59:59Z'))).toBe(true);
    expect(canCancel(day, new Date('2027-01-12T09:00:00Z'))).toBe(false);
  });

  it('is not offered twice', () => {
    expect(canCancel({ ...day, status: 'CANCELLED' }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });
});
