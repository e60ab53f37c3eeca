/*
 * The PDF's built-in Helvetica can only draw Windows-1252 (WinAnsi) characters; anything else would come out as
 * the wrong glyph. Text is brought into that set first: a letter with an accent Helvetica lacks keeps its base
 * letter ('ŵ' becomes 'w'), spaces of every kind become a plain space, and what remains outside becomes '?'.
 */

const CP1252_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRAS.includes(char);
}

export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/\s/g, ' ')) {
    if (isWinAnsi(char)) {
      out += char;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    out += base !== '' && [...base].every(isWinAnsi) ? base : '?';
  }
  return out;
}
