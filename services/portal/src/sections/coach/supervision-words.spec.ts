import { formatName, lengthWords, phrase } from './supervision-words';

describe('supervision words', () => {
  it('names the session format whatever case the API gives it in', () => {
    expect(formatName('ONE_TO_ONE')).toBe('One to one');
    expect(formatName('group')).toBe('Group');
  });

  it('reads a theme code as a phrase', () => {
    expect(phrase('SELF_CARE')).toBe('Self care');
  });

  it('gives a length in hours and minutes', () => {
    expect(lengthWords(45)).toBe('45 minutes');
    expect(lengthWords(90)).toBe('1 hour 30 minutes');
    expect(lengthWords(120)).toBe('2 hours');
  });
});
