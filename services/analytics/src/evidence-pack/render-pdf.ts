import PDFDocument from 'pdfkit';
import type { EvidencePackData } from './evidence-pack-data';
import { type Block, buildPackDocument, type PackSection, type TableBlock } from './pack-document';
import { toWinAnsi } from './win-ansi';

/*
 * The programme evidence pack as a tagged A4 PDF (headings, paragraphs and tables in the structure tree, page
 * footers marked as artifacts, bookmarks per section), drawn in the built-in Helvetica so nothing is embedded.
 */

const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const COLOUR = { text: '#212b32', blue: '#005eb8', secondary: '#4c6272', rule: '#d8dde0', shade: '#f0f4f5' };
const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold' };

type Doc = PDFKit.PDFDocument;
type StructureElement = PDFKit.PDFStructureElement;

// pdfkit's table reads these options, which @types/pdfkit 0.17 does not declare yet.
type AccessibleTableOptions = PDFKit.Mixins.TableOptionsWithData & { structParent: StructureElement };
type AccessibleCell = PDFKit.Mixins.CellOptions & { scope?: 'Column' | 'Row' };

export function renderEvidencePackPdf(data: EvidencePackData): Promise<Buffer> {
  const pack = buildPackDocument(data);
  const created = new Date(data.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    tagged: true,
    lang: 'en-GB',
    pdfVersion: '1.7',
    displayTitle: true,
    info: {
      Title: `${pack.title}: ${data.scopeName}`,
      Subject: 'Evidence against the International Standards for Mentoring and Coaching Programmes',
      Creator: 'Tapestry analytics',
      ...(Number.isNaN(created.getTime()) ? {} : { CreationDate: created }),
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  write(doc, root, 'H1', pack.title, { font: FONT.bold, size: 22, colour: COLOUR.blue, after: 0.6 });
  for (const { term, description } of pack.facts) {
    write(doc, root, 'P', `${term}: ${description}`, { size: 11, after: 0.1 });
  }
  doc.moveDown(0.6);
  write(doc, root, 'P', pack.introduction, { size: 11, after: 0.6 });
  for (const section of pack.sections) drawSection(doc, root, section);
  root.end();
  addFooters(doc, pack.title);
  doc.end();
  return done;
}

interface TextStyle {
  font?: string;
  size: number;
  colour?: string;
  /** Lines of space after, at this size. */
  after: number;
  indent?: number;
}

function write(doc: Doc, parent: StructureElement, type: string, text: string, style: TextStyle): void {
  doc
    .font(style.font ?? FONT.regular)
    .fontSize(style.size)
    .fillColor(style.colour ?? COLOUR.text);
  // Tagged PDF wants the space that ends a paragraph inside its content, for text-to-speech.
  doc.text(`${toWinAnsi(text)} `, MARGIN.left + (style.indent ?? 0), doc.y, {
    structParent: parent,
    structType: type,
    width: contentWidth(doc) - (style.indent ?? 0),
  });
  doc.moveDown(style.after);
}

function contentWidth(doc: Doc): number {
  return doc.page.width - MARGIN.left - MARGIN.right;
}

/** Starts a new page unless `height` points still fit, so a heading is never stranded at the foot of a page. */
function keepRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN.bottom) doc.addPage();
}

function drawSection(doc: Doc, root: StructureElement, section: PackSection): void {
  const sect = doc.struct('Sect');
  root.add(sect);
  keepRoom(doc, 140);
  doc.moveDown(0.8);
  doc.outline.addItem(toWinAnsi(section.heading));
  write(doc, sect, 'H2', section.heading, { font: FONT.bold, size: 16, colour: COLOUR.blue, after: 0.4 });
  for (const b of section.blocks) drawBlock(doc, sect, b);
  sect.end();
}

function drawBlock(doc: Doc, sect: StructureElement, b: Block): void {
  switch (b.kind) {
    case 'subheading':
      keepRoom(doc, 70);
      doc.moveDown(0.3);
      write(doc, sect, 'H3', b.text, { font: FONT.bold, size: 12.5, after: 0.3 });
      return;
    case 'paragraph':
      write(doc, sect, 'P', b.text, { size: 11, after: 0.5 });
      return;
    case 'findings':
      for (const sentence of b.sentences) write(doc, sect, 'P', sentence, { size: 11, after: 0.4, indent: 12 });
      doc.moveDown(0.3);
      return;
    case 'definitions':
      for (const { term, description } of b.items) {
        write(doc, sect, 'P', `${term}  ${description}`, { size: 11, after: 0.3, indent: 12 });
      }
      return;
    case 'table':
      drawTable(doc, sect, b);
      return;
    default: {
      const unknown: never = b;
      throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

// Rough heights for keeping a table whole: a caption, and a row of one line of 9.5pt text with its padding.
const CAPTION_HEIGHT = 30;
const ROW_HEIGHT = 22;

function drawTable(doc: Doc, sect: StructureElement, t: TableBlock): void {
  const whole = CAPTION_HEIGHT + (t.rows.length + 1) * ROW_HEIGHT;
  const page = doc.page.height - MARGIN.top - MARGIN.bottom;
  // A table that fits on a page starts on one where it fits; a longer one needs only its first rows to fit.
  keepRoom(doc, whole <= page ? whole : CAPTION_HEIGHT + 3 * ROW_HEIGHT);
  doc.moveDown(0.3);
  write(doc, sect, 'P', t.caption, { font: FONT.bold, size: 11, after: 0.3 });
  const width = contentWidth(doc);
  const figureColumns = t.columnHeadings.length - t.rowHeadingColumns;
  const figureWidth = Math.min(90, (width * 0.55) / Math.max(figureColumns, 1));
  const last = t.rows.length - 1;
  const cell = (text: string, bold: boolean, extra: Partial<AccessibleCell> = {}): AccessibleCell => ({
    text: toWinAnsi(text),
    font: { src: bold ? FONT.bold : FONT.regular },
    ...extra,
  });
  const heading = t.columnHeadings.map((text) =>
    cell(text, true, { type: 'TH', scope: 'Column', backgroundColor: COLOUR.shade, border: { bottom: 1.5 } }),
  );
  const rows = t.rows.map((row, r) => {
    const total = t.hasTotal && r === last;
    return row.map((text, i) =>
      cell(text, total, {
        ...(i < t.rowHeadingColumns && text !== '' ? { type: 'TH' as const, scope: 'Row' as const } : {}),
        ...(total ? { border: { top: 1.5, bottom: 0.75 } } : {}),
      }),
    );
  });
  doc.font(FONT.regular).fontSize(9.5).fillColor(COLOUR.text);
  const options: AccessibleTableOptions = {
    structParent: sect,
    position: { x: MARGIN.left, y: doc.y },
    maxWidth: width,
    columnStyles: (i: number) =>
      i < t.rowHeadingColumns || t.rowHeadingColumns === 0
        ? { width: '*' }
        : { width: figureWidth, align: { x: 'right', y: 'top' } },
    defaultStyle: {
      border: { top: 0, right: 0, bottom: 0.75, left: 0 },
      borderColor: COLOUR.rule,
      padding: { top: 4, right: 6, bottom: 4, left: 6 },
    },
    data: [heading, ...rows],
  };
  doc.table(options);
  doc.x = MARGIN.left;
  doc.moveDown(1);
}

function addFooters(doc: Doc, title: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] });
    const bottom = doc.page.margins.bottom;
    // Writing below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font(FONT.regular)
      .fontSize(8.5)
      .fillColor(COLOUR.secondary)
      .text(toWinAnsi(`${title} · Page ${i + 1} of ${count}`), MARGIN.left, doc.page.height - 40, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
    doc.endMarkedContent();
  }
}
