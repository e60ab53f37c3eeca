import { amount, availabilityForm } from './coach-words';

describe('amount', () => {
  it('says hours, singular for one', () => {
    expect(amount('PRACTICE_HOURS', 12)).toBe('12 hours');
    expect(amount('SUPERVISION_HOURS', 1)).toBe('1 hour');
    expect(amount('TRAINING_HOURS', 6.5)).toBe('6.5 hours');
  });

  it('gives a development centre rating out of 4', () => {
    expect(amount('DEVELOPMENT_CENTRE', 2.75)).toBe('2.8 out of 4');
  });
});

describe('availabilityForm', () => {
  it('fills the form from the profile as the API holds it, with the gender given before', () => {
    expect(availabilityForm({ capacity: 2, formats: ['in_person'], tags: ['nights', 'returners'], paused: true, gender: 'Woman' })).toEqual({
      capacity: '2',
      formats: ['IN_PERSON'],
      tags: 'nights\nreturners',
      available: 'no',
      gender: 'Woman',
    });
  });

  it('leaves the gender blank when none was given', () => {
    expect(availabilityForm({ capacity: 1, formats: ['in_person', 'remote'], tags: [], paused: false, gender: null })).toEqual({
      capacity: '1',
      formats: ['IN_PERSON', 'REMOTE'],
      tags: '',
      available: 'yes',
      gender: '',
    });
  });
});
