import { toWinAnsi } from './win-ansi';

describe('toWinAnsi', () => {
  it('keeps what Helvetica can draw, Windows-1252 punctuation included', () => {
    expect(toWinAnsi('Café “Coaching” – 5 € … Œuvre')).toBe('Café “Coaching” – 5 € … Œuvre');
  });

  it('drops an accent Helvetica lacks and keeps the letter', () => {
    expect(toWinAnsi('Ysbyty Gŵynedd, Ŷ Łódź')).toBe('Ysbyty Gwynedd, Y ?ódz');
  });

  it('turns every kind of space and line break into a plain space', () => {
    expect(toWinAnsi('a\u00a0b\u202fc\nd\te')).toBe('a b c d e');
  });

  it('marks what it cannot draw with one question mark per character', () => {
    expect(toWinAnsi('Ω 👍 中')).toBe('? ? ?');
  });
});
