import { publishedPack, small, withKeyFigures } from './evidence-pack.fixtures';
import { pdfLines, pdfText } from './pdf-text.fixtures';
import { renderEvidencePackHtml } from './render-html';
import { renderEvidencePackPdf } from './render-pdf';

const squeeze = (text: string) => text.replace(/\s+/g, '');

const unescapeHtml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of every heading, paragraph, caption and cell in the HTML pack's sections, as a reader sees it. */
function htmlSectionTexts(html: string): string[] {
  const sections = (html.match(/<section[\s\S]*?<\/section>/g) ?? []).join('\n');
  const visible = sections.replace(/<span class="visually-hidden">[^<]*<\/span>/g, '');
  return [...visible.matchAll(/<(h[1-6]|p|caption|th|td|dt|dd)\b[^>]*>([^<]+)</g)].map(([, , text]) =>
    unescapeHtml(text),
  );
}

describe('renderEvidencePackPdf', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderEvidencePackPdf(publishedPack());
  });

  it('is a PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
  });

  it('draws the title, every theme heading and the note on suppression', () => {
    const lines = pdfLines(pdf).map((line) => line.trim());
    for (const heading of [
      'Clarity of purpose',
      'Selection and training of participants',
      'Matching',
      'Supervision and ethics',
      'Review and measurement',
      'About the figures',
    ]) {
      expect(lines).toContain(heading);
    }
    expect(pdfText(pdf)).toContain('Programme evidence pack: Compassionate Leadership Coaching, 2025');
  });

  it('carries the same headings, sentences, captions and table cells as the HTML pack', () => {
    const drawn = squeeze(pdfText(pdf));
    const texts = htmlSectionTexts(renderEvidencePackHtml(publishedPack()));
    expect(texts).toContain('Of the 15 introductions that did not proceed, 100% were returned to the next matching round.');
    expect(texts).toContain('Relationships closed, by reason');
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(drawn).toContain(squeeze(text));
  });

  it('is tagged in British English, with a bookmark per section and numbered pages', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Title (Supervision and ethics)');
    expect(raw).toMatch(/\/S \/Table/);
    expect(raw).toMatch(/\/S \/TH/);
    expect(pdfText(pdf)).toMatch(/Page 1 of \d/);
  });

  it('shows figures withheld for small numbers as symbols and words, never as null, NaN or undefined', async () => {
    const text = pdfText(await renderEvidencePackPdf(withKeyFigures(publishedPack(), small)));
    expect(text).toContain('[c]');
    expect(text).toContain('[w]');
    expect(squeeze(text)).toContain(squeeze('Fewer than 8 introductions did not proceed;'));
    expect(text).not.toMatch(/null|NaN|undefined/);
  });

  it('draws letters Helvetica lacks as their plain form rather than as the wrong glyph', async () => {
    const text = pdfText(await renderEvidencePackPdf({ ...publishedPack(), scopeName: 'Ysbyty Gŵynedd' }));
    expect(text).toContain('Organisation or consortium: Ysbyty Gwynedd');
  });
});
