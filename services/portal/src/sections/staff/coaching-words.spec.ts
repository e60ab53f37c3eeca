import { addMonths, formatDate, londonDate, nextStep, relationshipStatus } from './coaching-words';

describe('formatDate', () => {
  it('writes a day as people read it', () => {
    expect(formatDate('2026-03-03')).toBe('3 March 2026');
  });

  it('puts an instant on London’s calendar, not UTC’s', () => {
    // 23:30 UTC in June is already the next day in London (BST).
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
  });

  it('says nothing for a missing date', () => {
    expect(formatDate(null)).toBe('');
  });
});

describe('londonDate', () => {
  it('is the London day of an instant', () => {
    expect(londonDate(new Date('2026-01-15T10:00:00Z'))).toBe('2026-01-15');
    expect(londonDate(new Date('2026-07-15T23:30:00Z'))).toBe('2026-07-16');
  });
});

describe('addMonths', () => {
  it('moves whole months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-11-24', 2)).toBe('2027-01-24');
  });
});

describe('what either of the pair does next', () => {
  const introduced = { status: 'introduced', kind: 'MENTORING', chemistryHeldOn: null, confirmedBy: [] as string[], mySide: 'coachee' };

  it('meets first: nobody can confirm before the chemistry meeting', () => {
    expect(nextStep(introduced)).toBe('record-chemistry');
  });

  it('confirms once they have met, then waits for the other side', () => {
    const met = { ...introduced, chemistryHeldOn: '2026-11-20' };
    expect(nextStep(met)).toBe('confirm');
    expect(nextStep({ ...met, confirmedBy: ['coachee'] })).toBe('wait-for-other');
    expect(relationshipStatus({ ...met, confirmedBy: ['coachee'] }).label).toBe('Waiting for your mentor to confirm');
    expect(relationshipStatus({ ...met, mySide: 'coach', confirmedBy: ['coach'] }).label).toBe('Waiting for your mentee to confirm');
  });

  it('the other side having confirmed leaves this side still to confirm', () => {
    expect(nextStep({ ...introduced, chemistryHeldOn: '2026-11-20', confirmedBy: ['coach'] })).toBe('confirm');
  });

  it('logs sessions once active; declined and closed are ended', () => {
    expect(nextStep({ ...introduced, status: 'active' })).toBe('active');
    expect(nextStep({ ...introduced, status: 'declined' })).toBe('ended');
    expect(relationshipStatus({ ...introduced, status: 'closed' }).label).toBe('Closed');
  });
});
