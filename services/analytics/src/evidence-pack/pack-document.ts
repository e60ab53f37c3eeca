import type { PublishedFigure } from '../disclosure/figures';
import { layOutTable, WITHHELD_SYMBOLS } from '../export';
import type { EvidenceFigure, EvidencePackData, EvidencePackSections, EvidenceTable } from './evidence-pack-data';
import {
  matchingFindings,
  purposeFindings,
  reviewAndMeasurementFindings,
  selectionAndTrainingFindings,
  supervisionAndEthicsFindings,
} from './findings';
import { baseText, figureText, SMALLEST_SHOWN } from './figure-words';
import {
  MATCHING,
  PURPOSE,
  REVIEW_AND_MEASUREMENT,
  SELECTION_AND_TRAINING,
  SUPERVISION_AND_ETHICS,
  type Theme,
} from './themes';

/*
 * The pack as headings, paragraphs and tables, before any format: HTML and PDF both render this one model, so
 * they carry the same headings, sentences and tables.
 */

export interface TableBlock {
  kind: 'table';
  caption: string;
  columnHeadings: string[];
  /** The first this-many cells of each row head their row; the rest are figures. */
  rowHeadingColumns: number;
  rows: string[][];
  /** The last row is a Total. */
  hasTotal: boolean;
}

export type Block =
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Sentences written from the figures, set apart from the standard text around them. */
  | { kind: 'findings'; sentences: string[] }
  | { kind: 'definitions'; items: ReadonlyArray<{ term: string; description: string }> }
  | TableBlock;

export interface PackSection {
  id: string;
  heading: string;
  blocks: Block[];
}

export interface PackDocument {
  title: string;
  /** Shown under the title: what the pack covers and when it was made. */
  facts: ReadonlyArray<{ term: string; description: string }>;
  introduction: string;
  sections: PackSection[];
}

export const ABOUT_THE_FIGURES_ID = 'about-the-figures';

export function buildPackDocument(data: EvidencePackData): PackDocument {
  const { sections, year } = data;
  return {
    title: `Programme evidence pack: ${data.programmeName}, ${year}`,
    facts: [
      { term: 'Organisation or consortium', description: data.scopeName },
      { term: 'Programme', description: data.programmeName },
      { term: 'Year', description: String(year) },
      { term: 'Figures produced', description: formatInstant(data.generatedAt) },
    ],
    introduction:
      'This pack sets out evidence for the programme against five themes of the International Standards for ' +
      'Mentoring and Coaching Programmes (ISMCP) of the EMCC. For each theme it summarises what the standard looks ' +
      'for, describes how the programme works, and gives the figures for the year with what they show.',
    sections: [
      themeSection(PURPOSE, sections, purposeFindings(sections.purpose, year), [
        aimsParagraph(sections.purpose.statedAims),
      ]),
      themeSection(SELECTION_AND_TRAINING, sections, selectionAndTrainingFindings(sections.selectionAndTraining, year)),
      themeSection(MATCHING, sections, matchingFindings(sections.matching)),
      themeSection(SUPERVISION_AND_ETHICS, sections, supervisionAndEthicsFindings(sections.supervisionAndEthics)),
      themeSection(REVIEW_AND_MEASUREMENT, sections, reviewAndMeasurementFindings(sections.reviewAndMeasurement, year)),
      aboutTheFigures(),
    ],
  };
}

function aimsParagraph(statedAims: string | null): string {
  return statedAims === null || statedAims.trim() === ''
    ? "No statement of the programme's aims was supplied for this pack."
    : `The programme's stated aims: ${statedAims.trim()}`;
}

function themeSection<K extends keyof EvidencePackSections>(
  theme: Theme<K>,
  sections: EvidencePackSections,
  findings: string[],
  /** Paragraphs about this programme in particular, shown before what is true of every programme. */
  programmePractice: string[] = [],
): PackSection {
  const evidence = sections[theme.section];
  const keyFigures: EvidenceFigure[] = theme.keyFigures.map(({ field, label, kind }) => {
    // FigureField admits only fields holding a PublishedFigure, which TypeScript cannot see through the generic K.
    const figure = evidence[field] as PublishedFigure;
    if (figure.kind !== kind) {
      throw new Error(`${theme.section}.${String(field)} must be a ${kind}, not a ${figure.kind}`);
    }
    return { label, figure };
  });
  return {
    id: theme.id,
    heading: theme.heading,
    blocks: [
      { kind: 'subheading', text: 'What the standard looks for' },
      { kind: 'paragraph', text: theme.asks },
      { kind: 'subheading', text: 'How the programme works' },
      ...[...programmePractice, ...theme.practice].map((text): Block => ({ kind: 'paragraph', text })),
      { kind: 'subheading', text: 'What the figures show' },
      { kind: 'findings', sentences: findings },
      figuresTable(`Key figures: ${theme.heading.toLowerCase()}`, [...keyFigures, ...(evidence.otherFigures ?? [])]),
      ...(evidence.tables ?? []).map(evidenceTable),
    ],
  };
}

function figuresTable(caption: string, figures: EvidenceFigure[]): TableBlock {
  return {
    kind: 'table',
    caption,
    columnHeadings: ['Measure', 'Figure', 'Based on'],
    rowHeadingColumns: 1,
    rows: figures.map(({ label, figure }) => [label, figureText(figure), baseText(figure)]),
    hasTotal: false,
  };
}

function evidenceTable({ caption, table, columns }: EvidenceTable): TableBlock {
  const layout = layOutTable(table, columns);
  const rows = [...layout.rows, ...(layout.total === null ? [] : [layout.total])];
  return {
    kind: 'table',
    caption,
    columnHeadings: [...layout.dimensionLabels, ...layout.figureColumns.map(({ label }) => label)],
    rowHeadingColumns: layout.dimensionLabels.length,
    rows: rows.map((row) => [...row.labels, ...row.figures.map(figureText)]),
    hasTotal: layout.total !== null,
  };
}

function aboutTheFigures(): PackSection {
  const paragraphs = [
    'Every figure in this pack has passed disclosure control, so that no person can be identified from it, alone ' +
      'or with other figures.',
    `Counts are rounded to the nearest 5, and 0 is shown as 0. A count of 1 to ${SMALLEST_SHOWN - 1} is not shown; ` +
      `in sentences it is described as fewer than ${SMALLEST_SHOWN}. Percentages and statistics based on fewer than ` +
      `${SMALLEST_SHOWN} people or events are not shown either. Some other figures are withheld so that a hidden ` +
      'figure cannot be worked out by subtraction.',
    'Percentages are given as whole numbers and statistics to one decimal place. "Based on" gives the number of ' +
      'people or events a percentage or statistic was worked out from, itself rounded.',
    'A total adds up the figures shown in its table: withheld figures count as nothing, so a total can be lower than ' +
      'the true number, and it cannot be used to work out a withheld figure.',
    'In the tables, these symbols stand in place of a figure that is not shown:',
  ];
  return {
    id: ABOUT_THE_FIGURES_ID,
    heading: 'About the figures',
    blocks: [
      ...paragraphs.map((text): Block => ({ kind: 'paragraph', text })),
      { kind: 'definitions', items: WITHHELD_SYMBOLS.map(({ symbol, meaning }) => ({ term: symbol, description: meaning })) },
    ],
  };
}

const londonTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});

/** '3 March 2026 at 14:05' in UK time; the text as given when it is not an instant. */
function formatInstant(iso: string): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : londonTime.format(instant);
}
