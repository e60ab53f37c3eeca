import { figureNamed, figureText } from './figure-format';
import type { PublishedFigure } from './figure-types';

const MEASURES = [
  { prefix: 'retention', label: 'Retained in the organisation' },
  { prefix: 'bandIncrease', label: 'Band increase' },
  { prefix: 'promotion', label: 'Promotion' },
] as const;

export interface OutcomeMeasureRow {
  measure: string;
  participants: string;
  comparison: string;
  difference: string;
  interval: string;
}

const pointsText = (figure: PublishedFigure | undefined): string => (figure ? figureText(figure) : 'not available');
const percentText = (figure: PublishedFigure | undefined): string => {
  if (!figure) return 'not available';
  // Comparison rates are weighted statistics, published as percentages: show them with their unit like the rates.
  return figure.kind === 'statistic' && !figure.suppressed && figure.value !== null ? `${figureText(figure)}%` : figureText(figure);
};

/** A confidence interval as "−16.8 to 5.1", or why it is not shown when either end is withheld. */
function intervalText(low: PublishedFigure | undefined, high: PublishedFigure | undefined): string {
  if (!low || !high) return 'not available';
  if (low.suppressed) return figureText(low);
  if (high.suppressed) return figureText(high);
  return `${figureText(low)} to ${figureText(high)}`;
}

/** One outcome group's measures, each participants against comparison, with the difference and its 95% interval. */
export function outcomeMeasureRows(figures: readonly PublishedFigure[]): OutcomeMeasureRow[] {
  return MEASURES.filter((measure) => figureNamed(figures, `${measure.prefix}Participants`)).map((measure) => ({
    measure: measure.label,
    participants: percentText(figureNamed(figures, `${measure.prefix}Participants`)),
    comparison: percentText(figureNamed(figures, `${measure.prefix}Comparison`)),
    difference: pointsText(figureNamed(figures, `${measure.prefix}Difference`)),
    interval: intervalText(figureNamed(figures, `${measure.prefix}DifferenceLow`), figureNamed(figures, `${measure.prefix}DifferenceHigh`)),
  }));
}

/** How many people are behind a group's outcomes: participants, those matched, and the comparison group. */
export function groupSizes(figures: readonly PublishedFigure[]): PublishedFigure[] {
  return ['participants', 'matchedParticipants', 'comparisonPeople'].map((name) => figureNamed(figures, name)).filter((figure) => figure !== undefined);
}
