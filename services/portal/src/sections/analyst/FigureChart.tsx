import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { chartValue, figureNamed } from './figure-format';
import type { FigureRow } from './figure-types';

/**
 * One figure across a breakdown's groups as bars. Withheld figures get no bar rather than a bar of 0. The chart is
 * hidden from screen readers: the table beside it holds the same figures, which they read far better.
 */
export function FigureChart({ title, rows, figureName }: { title: string; rows: readonly FigureRow[]; figureName: string }) {
  const data = rows.map((row) => ({ group: row.keyLabels.join(', ') || 'All', value: chartValue(figureNamed(row.figures, figureName)) }));
  return (
    <figure className="nhsuk-u-margin-0 nhsuk-u-margin-bottom-4">
      <figcaption className="nhsuk-body-s">{title}. Bars are missing where a figure is suppressed; the table below gives every figure.</figcaption>
      <div aria-hidden="true" style={{ width: '100%', height: 300 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid stroke="#d8dde0" vertical={false} />
            <XAxis dataKey="group" tick={{ fill: '#212b32', fontSize: 14 }} />
            <YAxis allowDecimals={false} tick={{ fill: '#212b32', fontSize: 14 }} />
            <Bar dataKey="value" fill="#005eb8" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
