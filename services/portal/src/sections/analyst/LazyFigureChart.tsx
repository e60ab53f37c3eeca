import { lazy, Suspense, type ComponentProps } from 'react';
import { Loading } from '../../components/content';

const Chart = lazy(() => import('./FigureChart').then((module) => ({ default: module.FigureChart })));

/** The chart library is most of the portal's script: it is fetched only by those who open a chart. */
export function LazyFigureChart(props: ComponentProps<typeof Chart>) {
  return (
    <Suspense fallback={<Loading what="the chart" />}>
      <Chart {...props} />
    </Suspense>
  );
}
