import fc from 'fast-check';
import { parseContentLine, readIcs } from './reader';
import { escapeText, foldLine, quoteParameter, serialiseLines, unescapeText } from './text';

const octets = (line: string): number => new TextEncoder().encode(line).length;

describe('folding long lines', () => {
  it('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const physical = foldLine(line).split('\r\n');
    // 8 + 33 two-octet characters is 74: the 34th would straddle the limit, so it starts the next line.
    expect(physical.map(octets)).toEqual([74, 55]);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('keeps every physical line within 75 octets, and unfolding gives the line back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = serialiseLines([line]);
        expect(folded.split('\r\n').slice(0, -1).every((physical) => octets(physical) <= 75)).toBe(true);
        expect(readIcs(folded)).toEqual([{ name: 'DESCRIPTION', params: {}, value: escapeText(text) }]);
      }),
    );
  });
});

describe('escaping text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('reads back what it wrote, line breaks becoming \\n', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(unescapeText(escapeText(text))).toBe(text.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });

  it('leaves no bare line break, which would end the property', () => {
    fc.assert(fc.property(fc.string(), (text) => expect(escapeText(text)).not.toMatch(/[\r\n]/)));
  });
});

describe('parameter values', () => {
  it('quotes a name with a comma, colon or semicolon so it stays one parameter', () => {
    const line = `ATTENDEE;CN=${quoteParameter('Okafor, Ruth: Dr; FRCP')};RSVP=TRUE:mailto:ruth@example.nhs.uk`;
    expect(parseContentLine(line)).toEqual({
      name: 'ATTENDEE',
      params: { CN: 'Okafor, Ruth: Dr; FRCP', RSVP: 'TRUE' },
      value: 'mailto:ruth@example.nhs.uk',
    });
  });

  it('carries double quotes, carets and line breaks with RFC 6868 escapes', () => {
    expect(quoteParameter('Ruth "Roo" ^ Okafor\n')).toBe(`"Ruth ^'Roo^' ^^ Okafor^n"`);
    fc.assert(
      fc.property(fc.string(), (name) => {
        const parsed = parseContentLine(`ORGANIZER;CN=${quoteParameter(name)}:mailto:lead@example.nhs.uk`);
        expect(parsed.params.CN).toBe(name.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });
});
