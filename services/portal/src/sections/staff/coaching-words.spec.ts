import { nextStep, relationshipStatus } from './coaching-words';

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
