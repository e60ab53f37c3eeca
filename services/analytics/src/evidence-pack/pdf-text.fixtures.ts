import { inflateSync } from 'node:zlib';

/**
 * The text drawn in a PDF made with pdfkit's built-in fonts, one string per line drawn: every content stream is
 * inflated, and the hex strings of each TJ array are joined (the numbers between them are kerning, not spaces).
 * Enough to read our own output back, not a general PDF reader.
 */
export function pdfLines(pdf: Buffer): string[] {
  const lines: string[] = [];
  for (const stream of contentStreams(pdf)) {
    for (const [, array] of stream.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, h]) => h).join('');
      lines.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return lines;
}

/** All drawn text as one string, lines joined by single spaces, so a wrapped sentence reads whole. */
export function pdfText(pdf: Buffer): string {
  return pdfLines(pdf)
    .join(' ')
    .replace(/\s+/g, ' ');
}

function contentStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  let from = 0;
  for (;;) {
    const start = pdf.indexOf('stream\n', from);
    if (start < 0) return streams;
    const end = pdf.indexOf('\nendstream', start);
    const body = pdf.subarray(start + 'stream\n'.length, end);
    const dictionary = pdf.subarray(Math.max(0, pdf.lastIndexOf('<<', start)), start).toString('latin1');
    try {
      streams.push((dictionary.includes('FlateDecode') ? inflateSync(body) : body).toString('latin1'));
    } catch {
      // Not every stream is text (fonts, metadata); one that does not inflate holds none of ours.
    }
    from = end + '\nendstream'.length;
  }
}
