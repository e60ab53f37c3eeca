import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Problem } from '../../api/api-error';
import { useQuery } from '../../api/use-query';
import { Loading } from '../../components/content';
import { Select } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { usePerson } from '../../session/session-context';
import { CsvDownload } from './CsvDownload';
import { LazyFigureChart } from './LazyFigureChart';
import { figureNamed, overallFigures } from './figure-format';
import { BREAKDOWN_FIGURES, groupFigures, HEADLINE_FIGURES } from './figure-groups';
import { TABLE_FIELDS, type FigureTableResult } from './figure-types';
import { BreakdownTable, FigureListTable } from './FigureTables';
import { checkFilters, draftOf, filtersFrom, filtersToParams, GROUP_BY_OPTIONS, scopeInput, scopeOptions, type FilterDraft, type Filters, type ScopeOption } from './filters';
import { FILTER_FIELD_IDS, FilterForm } from './FilterForm';
import { NoScopes } from './NoScopes';
import { PLACES, type Places } from './places';
import { distinctProblems } from './problems';
import { analystSection } from './section';
import { formatDate } from '../../words/dates';
import { PROGRAMME_OPTIONS } from '../../words/programmes';

const FIGURES = `query ProgrammeFigures($scope: AnalyticsScopeInput!, $from: String!, $to: String!, $programme: AnalyticsProgramme, $groupBy: [AnalyticsGroupBy!]) {
  overall: programmeMetrics(scope: $scope, from: $from, to: $to, programme: $programme) { ${TABLE_FIELDS} }
  breakdown: programmeMetrics(scope: $scope, from: $from, to: $to, programme: $programme, groupBy: $groupBy) { ${TABLE_FIELDS} }
}`;

interface FiguresReply {
  overall: FigureTableResult;
  breakdown: FigureTableResult;
}

const groupLabel = (dimension: string): string => GROUP_BY_OPTIONS.find((option) => option.value === dimension)?.label ?? dimension;
const programmeText = (programme: string): string => PROGRAMME_OPTIONS.find((option) => option.value === programme)?.label ?? 'All programmes';

export function FiguresDashboard() {
  const places = useQuery<Places>(PLACES);
  return (
    <QueryView state={places} what="your organisations">
      {(data) => <Dashboard places={data} />}
    </QueryView>
  );
}

function Dashboard({ places }: { places: Places }) {
  const person = usePerson();
  const scopes = useMemo(() => scopeOptions(person.roles, places.organisations, places.consortia), [person.roles, places]);
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params, scopes, new Date());
  const [formProblems, setFormProblems] = useState<Problem[]>([]);
  const variables = { scope: scopeInput(filters), from: filters.from, to: filters.to, programme: filters.programme || null, groupBy: filters.groupBy };
  const figures = useQuery<FiguresReply>(FIGURES, variables, { skip: checkFilters(draftOf(filters)).problems.length > 0 });

  if (!scopes.length) return <NoScopes title="Programme figures" />;

  const problems = formProblems.length ? formProblems : figures.status === 'failed' ? distinctProblems(figures.error.problems) : [];
  const apply = (draft: FilterDraft) => {
    const checked = checkFilters(draft);
    setFormProblems(checked.problems);
    if (checked.filters) setParams(filtersToParams(checked.filters));
  };

  return (
    <Page title="Programme figures" section={analystSection} problems={problems} fieldIds={FILTER_FIELD_IDS}>
      <p className="nhsuk-body">Figures for the scopes your role covers. Small numbers are suppressed so that nobody can be picked out.</p>
      <FilterForm key={params.toString()} initial={filters} scopes={scopes} organisations={places.organisations} problems={problems} onSubmit={apply} />
      {figures.status === 'loading' && !problems.length && <Loading what="the figures" />}
      {figures.status === 'ready' && <Results filters={filters} figures={figures.data} scopes={scopes} />}
    </Page>
  );
}

function Results({ filters, figures, scopes }: { filters: Filters; figures: FiguresReply; scopes: readonly ScopeOption[] }) {
  const [charted, setCharted] = useState<string>('sessionsHeld');
  const overall = overallFigures(figures.overall);
  const headline = HEADLINE_FIGURES.map((name) => figureNamed(overall, name)).filter((figure) => figure !== undefined);
  const period = `${formatDate(filters.from)} to ${formatDate(filters.to)}`;
  const scopeName = figures.overall.scopeName || scopes.find((scope) => scope.value === filters.scope)?.label || '';
  const breakdown = figures.breakdown;
  const byWhat = breakdown.dimensions.map((dimension) => groupLabel(dimension.toUpperCase())).join(' and ').toLowerCase();
  const chartedFigure = headline.find((figure) => figure.name === charted) ?? headline[0];
  return (
    <>
      <h2 className="nhsuk-u-margin-top-5">{scopeName}</h2>
      <p className="nhsuk-body-l">
        {programmeText(filters.programme)}, {period}
      </p>
      <FigureListTable caption="Headline figures" figures={headline} showBase={false} />
      <CsvDownload what="these figures" query={{ table: 'PROGRAMME_METRICS', scope: scopeInput(filters), from: filters.from, to: filters.to, programme: filters.programme || null, groupBy: filters.groupBy }} />

      {breakdown.dimensions.length > 0 && (
        <>
          <h2>By {byWhat}</h2>
          {breakdown.rows.length === 0 ? (
            <p className="nhsuk-body">There are no figures to break down in this period.</p>
          ) : (
            <>
              <Select id="charted" label="Figure to chart" value={chartedFigure?.name ?? ''} onChange={(event) => setCharted(event.target.value)} options={headline.filter((figure) => (BREAKDOWN_FIGURES as readonly string[]).includes(figure.name)).map((figure) => ({ value: figure.name, label: figure.label }))} />
              {chartedFigure && <LazyFigureChart title={`${chartedFigure.label} by ${byWhat}`} rows={breakdown.rows} figureName={chartedFigure.name} />}
              <BreakdownTable caption={`Figures by ${byWhat}`} dimensionLabels={breakdown.dimensions.map((dimension) => groupLabel(dimension.toUpperCase()))} rows={breakdown.rows} figureNames={BREAKDOWN_FIGURES} />
            </>
          )}
        </>
      )}

      <h2>All figures</h2>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Show all {overall.length} figures for this period</span>
        </summary>
        <div className="nhsuk-details__text">
          {groupFigures(overall).map((group) => (
            <FigureListTable key={group.title} caption={group.title} figures={group.figures} />
          ))}
        </div>
      </details>

      <h2>How to read these figures</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {figures.overall.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </>
  );
}
