import { checkCheckIn, scoresOf, totalWords, WELLBEING_ITEMS } from './wellbeing-words';

describe('checkCheckIn', () => {
  it('asks for every statement left unanswered, each linked to its own question', () => {
    const problems = checkCheckIn({ energy: '4', coping: '3' }, '');
    expect(problems.map((problem) => problem.field)).toEqual(['scores.detachment', 'scores.support', 'scores.growth']);
    expect(problems[0]?.message).toBe('Select how often you have been able to put coaching conversations down');
  });

  it('accepts a full check-in with or without a note', () => {
    const answers = { energy: '1', coping: '2', detachment: '3', support: '4', growth: '5' };
    expect(checkCheckIn(answers, '')).toEqual([]);
    expect(checkCheckIn(answers, 'A hard fortnight on the ward.')).toEqual([]);
  });

  it('refuses a note longer than the service keeps', () => {
    const answers = { energy: '3', coping: '3', detachment: '3', support: '3', growth: '3' };
    expect(checkCheckIn(answers, 'x'.repeat(4001))).toEqual([{ field: 'text', message: 'Your note must be 4,000 characters or fewer', code: 'BAD_USER_INPUT' }]);
  });

  it('does not take an answer off the scale', () => {
    expect(checkCheckIn({ energy: '6', coping: '3', detachment: '3', support: '3', growth: '3' }, '').map((problem) => problem.field)).toEqual(['scores.energy']);
  });
});

describe('scoresOf', () => {
  it('sends each answer as the whole number the API takes', () => {
    expect(scoresOf({ energy: '1', coping: '2', detachment: '3', support: '4', growth: '5' })).toEqual({ energy: 1, coping: 2, detachment: 3, support: 4, growth: 5 });
    expect(Object.keys(scoresOf({}))).toEqual([...WELLBEING_ITEMS]);
  });
});

describe('totalWords', () => {
  it('says a total below 13 prompts the supervisor, and 13 or more does not', () => {
    expect(totalWords(12)).toEqual({ score: '12 out of 25', meaning: 'Low: your supervisor is prompted to talk with you', low: true });
    expect(totalWords(13).low).toBe(false);
  });
});
