import { chartValue, figureText, overallFigures } from './figure-format';
import type { FigureTableResult, PublishedFigure } from './figure-types';

const figure = (change: Partial<PublishedFigure>): PublishedFigure => ({ name: 'sessionsHeld', label: 'Sessions held', kind: 'count', value: 10, suppressed: false, reason: null, base: null, incomplete: false, ...change });

describe('figures as people read them', () => {
  it('says a suppressed small count is suppressed, never 0', () => {
    const small = figure({ value: null, suppressed: true, reason: 'SMALL_COUNT' });
    expect(figureText(small)).toBe('suppressed (1 to 7)');
    expect(chartValue(small)).toBeNull();
  });

  it('says a rate on a small base is withheld for its base', () => {
    expect(figureText(figure({ kind: 'rate', value: null, suppressed: true, reason: 'SMALL_BASE', base: 0 }))).toBe('withheld: base under 8');
  });

  it('shows rates as percentages and marks totals that leave suppressed cells out', () => {
    expect(figureText(figure({ kind: 'rate', value: 74, base: 110 }))).toBe('74%');
    expect(figureText(figure({ value: 15, incomplete: true }))).toBe('15 (incomplete: some cells suppressed)');
  });

  it('says a statistic over nothing is not available', () => {
    expect(figureText(figure({ kind: 'statistic', value: null, base: 0 }))).toBe('not available');
  });

  it('reads an ungrouped table from its row, not from totals that count a suppressed cell as nothing', () => {
    const cell = figure({ value: null, suppressed: true, reason: 'SMALL_COUNT' });
    const table: FigureTableResult = { title: '', scopeName: '', dimensions: [], notes: [], rows: [{ key: [], keyLabels: [], figures: [cell] }], totals: [figure({ value: 0, incomplete: true })] };
    expect(overallFigures(table).map(figureText)).toEqual(['suppressed (1 to 7)']);
  });
});
