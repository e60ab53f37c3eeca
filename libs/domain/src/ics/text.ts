/** RFC 5545 3.1: every content line ends in CRLF, whatever the host's line ending. */
export const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** RFC 5545 3.3.11: backslash, semicolon and comma are escaped, and line breaks become `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The reverse of {@link escapeText}, for reading a TEXT value back. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, escaped: string) => (escaped === 'n' || escaped === 'N' ? '\n' : escaped));
}

/**
 * A parameter value (RFC 5545 3.2), always quoted so a name with a comma or colon cannot end the parameter early.
 * A double quote or a line break cannot appear inside quotes, so they are written with RFC 6868's caret escapes.
 */
export function quoteParameter(value: string): string {
  const encoded = value
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'");
  return `"${encoded}"`;
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are split, each continuation starting with one space. Octets, not
 * characters, and never inside a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** Content lines, each folded, joined and ended with CRLF: the text of an .ics file. */
export function serialiseLines(lines: readonly string[]): string {
  return lines.map(foldLine).join(CRLF) + CRLF;
}
