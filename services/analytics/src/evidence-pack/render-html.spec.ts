import fc from 'fast-check';
import type { PublishedFigure } from '../disclosure/figures';
import { secondary, shownCount, smallCount } from '../export/published-figures.fixtures';
import type { EvidencePackData } from './evidence-pack-data';
import { publishedPack, small, withKeyFigures } from './evidence-pack.fixtures';
import { renderEvidencePackHtml } from './render-html';

const THEME_HEADINGS = [
  'Clarity of purpose',
  'Selection and training of participants',
  'Matching',
  'Supervision and ethics',
  'Review and measurement',
];

const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map(([, level]) => Number(level));
const findingParagraphs = (html: string) =>
  [...html.matchAll(/<div class="findings">([\s\S]*?)<\/div>/g)].flatMap(([, inner]) =>
    [...inner.matchAll(/<p>(.*?)<\/p>/g)].map(([, text]) => text),
  );

describe('renderEvidencePackHtml', () => {
  const html = renderEvidencePackHtml(publishedPack());

  it('is a complete standalone HTML5 document in British English', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      '<title>Programme evidence pack: Compassionate Leadership Coaching, 2025: Northshire Hospitals NHS Trust</title>',
    );
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<link|<script|src=/);
  });

  it('has one h1 and never skips a heading level', () => {
    const levels = headingLevels(html);
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.slice(1).forEach((level, i) => expect(level).toBeLessThanOrEqual(levels[i] + 1));
  });

  it('gives each ISMCP theme a heading, what the standard looks for, and its findings', () => {
    for (const heading of THEME_HEADINGS) expect(html).toMatch(new RegExp(`<h2 id="[a-z-]+">${heading}</h2>`));
    expect(html.match(/<h3>What the standard looks for<\/h3>/g)).toHaveLength(5);
    expect(html.match(/<div class="findings">/g)).toHaveLength(5);
    expect(html).toContain(
      '<p>Of the 15 introductions that did not proceed, 100% were returned to the next matching round.</p>',
    );
  });

  it('gives every table a caption and scopes every header cell', () => {
    const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(7);
    for (const table of tables) expect(table).toMatch(/^<table>\n<caption>[^<]+<\/caption>/);
    expect(html.match(/<th(?![^>]*scope="(col|row)")[\s>]/g)).toBeNull();
  });

  it('shows a table as published, its Total in the footer', () => {
    expect(html).toContain('<caption>Relationships closed, by reason</caption>');
    expect(html).toContain(
      '<tr><th scope="row">Left the organisation</th><td class="number withheld">[c]<span class="visually-hidden"> (confidential)</span></td></tr>',
    );
    expect(html).toContain('<tfoot><tr><th scope="row">Total</th><td class="number">50</td></tr></tfoot>');
    expect(html).toContain('<tr><th scope="row">February 2025</th><td class="number">1,240</td><td class="number">11%</td></tr>');
  });

  it('explains suppression and the symbols', () => {
    expect(html).toContain('<h2 id="about-the-figures">About the figures</h2>');
    expect(html).toContain('Counts are rounded to the nearest 5');
    for (const symbol of ['[c]', '[w]', '[x]']) expect(html).toContain(`<dt>${symbol}</dt>`);
  });

  it('has a print stylesheet', () => {
    expect(html).toMatch(/@media print \{[\s\S]*nav \{ display: none; \}/);
    expect(html).toContain('@page { size: A4;');
  });

  it('escapes every piece of text it is given', () => {
    const pack = publishedPack();
    const hostile: EvidencePackData = {
      ...pack,
      scopeName: '<script>alert("x")</script>',
      programmeName: `Tom & Jerry's "Coaching"`,
      generatedAt: '<b>not a date</b>',
      sections: {
        ...pack.sections,
        purpose: { ...pack.sections.purpose, statedAims: '<img src=x onerror=alert(1)>' },
        selectionAndTraining: {
          ...pack.sections.selectionAndTraining,
          otherFigures: [{ label: '</td><script>x</script>', figure: shownCount(5) }],
          tables: [
            {
              caption: '<em>closures</em>',
              table: {
                dimensions: ['<reason>'],
                rows: [{ key: ['a'], figures: { n: shownCount(10) } }],
                totals: { n: shownCount(10) },
              },
              columns: { figureNames: ['n'], figureLabels: { n: '<u>n</u>' }, keyLabels: () => '<i>x</i>' },
            },
          ],
        },
      },
    };
    const escaped = renderEvidencePackHtml(hostile);
    expect(escaped).not.toMatch(/<script|<img|<b>|<em>|<i>|<u>|<reason>/);
    expect(escaped).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escaped).toContain('<h1>Programme evidence pack: Tom &amp; Jerry&#39;s &quot;Coaching&quot;, 2025</h1>');
    expect(escaped).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(escaped).toContain('<dd>&lt;b&gt;not a date&lt;/b&gt;</dd>');
  });

  it('shows figures withheld for small numbers as symbols and words, never as null, NaN or undefined', () => {
    const withheld = renderEvidencePackHtml(withKeyFigures(publishedPack(), small));
    expect(withheld).toContain(
      '<tr><th scope="row">Introductions that did not proceed</th><td class="number withheld">[c]<span class="visually-hidden"> (confidential)</span></td><td class="number"></td></tr>',
    );
    expect(withheld).toContain('<td class="number withheld">[w]<span class="visually-hidden"> (too few observations)</span></td>');
    expect(withheld).toContain('<p>Fewer than 8 introductions did not proceed; the share returned');
    expect(withheld).not.toMatch(/null|NaN|undefined/);
  });

  it('reads as sentences whatever disclosure control made of each figure', () => {
    const outcome = (choice: number, figure: PublishedFigure): PublishedFigure => {
      switch (choice % 5) {
        case 0:
          return figure;
        case 1:
          return small(figure);
        case 2:
          return secondary(figure.kind);
        case 3:
          return figure.kind === 'count' ? shownCount(0) : { ...figure, value: null, base: 0 };
        default:
          return figure.kind === 'count' ? smallCount() : { ...figure, value: Number.NaN };
      }
    };
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), (choices) => {
        let next = 0;
        const pack = withKeyFigures(publishedPack(), (figure) => outcome(choices[next++], figure));
        const rendered = renderEvidencePackHtml(pack);
        expect(rendered).not.toMatch(/null|NaN|undefined|\[object/);
        for (const sentence of findingParagraphs(rendered)) expect(sentence).toMatch(/^[A-Z0-9].*[^ ]\.$/);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a key figure of the wrong kind rather than write a wrong sentence about it', () => {
    const pack = publishedPack();
    const wrong = {
      ...pack,
      sections: { ...pack.sections, matching: { ...pack.sections.matching, medianDaysToIntroduction: shownCount(5) } },
    };
    expect(() => renderEvidencePackHtml(wrong)).toThrow('matching.medianDaysToIntroduction must be a statistic');
  });
});
