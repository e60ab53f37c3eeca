import { formatName } from './supervision-words';

describe('supervision words', () => {
  it('names the session format whatever case the API gives it in', () => {
    expect(formatName('ONE_TO_ONE')).toBe('One to one');
    expect(formatName('group')).toBe('Group');
  });
});
