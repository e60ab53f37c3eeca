/** One unfolded content line (RFC 5545 3.1): `NAME;PARAM=value:value`. */
export interface IcsContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

function decodeParameter(value: string): string {
  return value.replace(/\^(\^|n|')/g, (_, escaped: string) => (escaped === 'n' ? '\n' : escaped === "'" ? '"' : '^'));
}

/** A content line parsed: parameter values quoted or bare, the value left as written (TEXT stays escaped). */
export function parseContentLine(line: string): IcsContentLine {
  const nameMatch = /^[A-Za-z0-9-]+/.exec(line);
  if (!nameMatch) throw new SyntaxError(`Not an iCalendar content line: ${line}`);
  const params: Record<string, string> = {};
  let at = nameMatch[0].length;
  while (line[at] === ';') {
    const equals = line.indexOf('=', at);
    if (equals < 0) throw new SyntaxError(`A parameter without a value in: ${line}`);
    const paramName = line.slice(at + 1, equals).toUpperCase();
    let end: number;
    let raw: string;
    if (line[equals + 1] === '"') {
      end = line.indexOf('"', equals + 2);
      if (end < 0) throw new SyntaxError(`An unclosed quote in: ${line}`);
      raw = line.slice(equals + 2, end);
      end += 1;
    } else {
      end = equals + 1;
      while (end < line.length && line[end] !== ';' && line[end] !== ':') end += 1;
      raw = line.slice(equals + 1, end);
    }
    params[paramName] = decodeParameter(raw);
    at = end;
  }
  if (line[at] !== ':') throw new SyntaxError(`No value in: ${line}`);
  return { name: nameMatch[0].toUpperCase(), params, value: line.slice(at + 1) };
}

/** The content lines of an .ics text, unfolded (a line break followed by a space or tab continues a line). */
export function readIcs(text: string): IcsContentLine[] {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
    .map(parseContentLine);
}
