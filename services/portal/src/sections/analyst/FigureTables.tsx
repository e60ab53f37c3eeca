import { baseText, figureNamed, figureText } from './figure-format';
import type { FigureRow, PublishedFigure } from './figure-types';

/** A figure's cell: withheld figures in grey, in words, so they are never read as a number. */
function FigureCell({ figure }: { figure: PublishedFigure | undefined }) {
  if (!figure) return <td className="nhsuk-table__cell nhsuk-table__cell--numeric">not available</td>;
  return <td className={`nhsuk-table__cell nhsuk-table__cell--numeric${figure.suppressed ? ' tapestry-suppressed' : ''}`}>{figureText(figure)}</td>;
}

/** Figures as rows: each figure's name, its value and, for rates and statistics, what they are based on. */
export function FigureListTable({ caption, figures, showBase = true }: { caption: string; figures: readonly PublishedFigure[]; showBase?: boolean }) {
  const withBase = showBase && figures.some((figure) => figure.kind !== 'count');
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Figure
          </th>
          <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
            Value
          </th>
          {withBase && (
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
              Based on
            </th>
          )}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {figures.map((figure) => (
          <tr className="nhsuk-table__row" key={figure.name}>
            <th scope="row" className="nhsuk-table__header">
              {figure.label}
            </th>
            <FigureCell figure={figure} />
            {withBase && <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{baseText(figure)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A breakdown: one row per group (its labels as the row's headers), one column per named figure. */
export function BreakdownTable({ caption, dimensionLabels, rows, figureNames }: { caption: string; dimensionLabels: readonly string[]; rows: readonly FigureRow[]; figureNames: readonly string[] }) {
  const labels = figureNames.map((name) => rows.flatMap((row) => row.figures).find((figure) => figure.name === name)?.label ?? name);
  return (
    <div role="region" aria-label={caption} tabIndex={0} style={{ overflowX: 'auto' }}>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {dimensionLabels.map((label) => (
              <th scope="col" className="nhsuk-table__header" key={label}>
                {label}
              </th>
            ))}
            {labels.map((label) => (
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr className="nhsuk-table__row" key={row.key.join('|')}>
              {row.keyLabels.map((label, index) => (
                <th scope="row" className="nhsuk-table__header" key={index}>
                  {label || 'Not recorded'}
                </th>
              ))}
              {figureNames.map((name) => (
                <FigureCell key={name} figure={figureNamed(row.figures, name)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
