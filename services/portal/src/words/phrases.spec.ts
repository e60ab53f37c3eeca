import { formatMinutes, sentenceCase } from './phrases';

describe('codes and amounts as phrases', () => {
  it('reads an API code as a phrase, whatever its case', () => {
    expect(sentenceCase('SELF_CARE')).toBe('Self care');
    expect(sentenceCase('goals_met')).toBe('Goals met');
  });

  it('gives a length in hours and minutes', () => {
    expect(formatMinutes(45)).toBe('45 minutes');
    expect(formatMinutes(61)).toBe('1 hour 1 minute');
    expect(formatMinutes(90)).toBe('1 hour 30 minutes');
    expect(formatMinutes(120)).toBe('2 hours');
    expect(formatMinutes(0)).toBe('0 minutes');
  });
});
