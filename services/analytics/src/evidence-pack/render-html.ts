import { WITHHELD_SYMBOLS } from '../export';
import type { EvidencePackData } from './evidence-pack-data';
import { EVIDENCE_PACK_CSS } from './html-style';
import { type Block, buildPackDocument, type PackSection, type TableBlock } from './pack-document';

/**
 * The programme evidence pack as one standalone, accessible HTML5 document: one h1, h2 per section and h3 within,
 * tables with captions and scoped header cells, a print stylesheet, and every piece of text escaped.
 */
export function renderEvidencePackHtml(data: EvidencePackData): string {
  const pack = buildPackDocument(data);
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${pack.title}: ${data.scopeName}`)}</title>`,
    `<style>${EVIDENCE_PACK_CSS}</style>`,
    '</head>',
    '<body>',
    '<a class="skip-link" href="#main-content">Skip to main content</a>',
    '<header><p>Tapestry coaching and mentoring</p></header>',
    '<main id="main-content">',
    `<h1>${escapeHtml(pack.title)}</h1>`,
    definitionList('facts', pack.facts),
    `<p>${escapeHtml(pack.introduction)}</p>`,
    contents(pack.sections),
    ...pack.sections.map(section),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function contents(sections: PackSection[]): string {
  const items = sections.map(({ id, heading }) => `<li><a href="#${escapeHtml(id)}">${escapeHtml(heading)}</a></li>`);
  return `<nav aria-labelledby="contents">\n<h2 id="contents">Contents</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
}

function section({ id, heading, blocks }: PackSection): string {
  const headingId = escapeHtml(id);
  return [
    `<section aria-labelledby="${headingId}">`,
    `<h2 id="${headingId}">${escapeHtml(heading)}</h2>`,
    ...blocks.map(block),
    '</section>',
  ].join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'subheading':
      return `<h3>${escapeHtml(b.text)}</h3>`;
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'findings':
      return `<div class="findings">\n${b.sentences.map((s) => `<p>${escapeHtml(s)}</p>`).join('\n')}\n</div>`;
    case 'definitions':
      return definitionList('symbols', b.items);
    case 'table':
      return table(b);
    default: {
      const unknown: never = b;
      throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

function definitionList(className: string, items: ReadonlyArray<{ term: string; description: string }>): string {
  const entries = items.map(({ term, description }) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(description)}</dd>`);
  return `<dl class="${className}">\n${entries.join('\n')}\n</dl>`;
}

// A screen reader says '[c]' as brackets and a letter; the short meaning follows it unseen.
const SPOKEN_SYMBOLS = new Map<string, string>(WITHHELD_SYMBOLS.map(({ symbol, meaning }) => [symbol, meaning.split(':')[0]]));

function table(t: TableBlock): string {
  const headingRow = t.columnHeadings
    .map((text, i) => `<th scope="col"${i >= t.rowHeadingColumns ? ' class="number"' : ''}>${escapeHtml(text)}</th>`)
    .join('');
  const bodyRows = t.hasTotal ? t.rows.slice(0, -1) : t.rows;
  const parts = [
    '<table>',
    `<caption>${escapeHtml(t.caption)}</caption>`,
    `<thead><tr>${headingRow}</tr></thead>`,
    `<tbody>\n${bodyRows.map((row) => tableRow(row, t.rowHeadingColumns)).join('\n')}\n</tbody>`,
  ];
  if (t.hasTotal) parts.push(`<tfoot>${tableRow(t.rows[t.rows.length - 1], t.rowHeadingColumns)}</tfoot>`);
  parts.push('</table>');
  return parts.join('\n');
}

function tableRow(cells: string[], rowHeadingColumns: number): string {
  return `<tr>${cells.map((text, i) => (i < rowHeadingColumns ? rowHeading(text) : figureCell(text))).join('')}</tr>`;
}

function rowHeading(text: string): string {
  return text === '' ? '<td></td>' : `<th scope="row">${escapeHtml(text)}</th>`;
}

function figureCell(text: string): string {
  const spoken = SPOKEN_SYMBOLS.get(text);
  return spoken === undefined
    ? `<td class="number">${escapeHtml(text)}</td>`
    : `<td class="number withheld">${escapeHtml(text)}<span class="visually-hidden"> (${escapeHtml(spoken)})</span></td>`;
}
