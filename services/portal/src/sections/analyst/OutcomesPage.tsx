import { useMemo, useState, type FormEvent } from 'react';
import type { Problem } from '../../api/api-error';
import { useQuery } from '../../api/use-query';
import { Button, Loading } from '../../components/content';
import { DateInput } from '../../components/DateInput';
import { boxesInError, datePartsOf, firstBoxId, type DateParts } from '../../components/date-parts';
import { Select } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { usePerson } from '../../session/session-context';
import { CsvDownload } from './CsvDownload';
import { TABLE_FIELDS, type FigureTableResult } from './figure-types';
import { FigureListTable } from './FigureTables';
import { checkPeriod, defaultPeriod, scopeInput, scopeOptions, type ScopeOption } from './filters';
import { NoScopes } from './NoScopes';
import { groupSizes, outcomeMeasureRows } from './outcome-rows';
import { PLACES, type Places } from './places';
import { distinctProblems, fieldErrors } from './problems';
import { analystSection } from './section';
import { formatDate } from '../../words/dates';
import { PROGRAMME_OPTIONS } from '../../words/programmes';

const OUTCOMES = `query Outcomes($scope: AnalyticsScopeInput!, $cohortFrom: String!, $cohortTo: String!, $horizonMonths: OutcomeHorizon!, $programme: AnalyticsProgramme) {
  outcomes(scope: $scope, cohortFrom: $cohortFrom, cohortTo: $cohortTo, horizonMonths: $horizonMonths, programme: $programme) { ${TABLE_FIELDS} }
}`;

const HORIZONS = [
  { value: 'SIX', label: '6 months' },
  { value: 'TWELVE', label: '12 months' },
  { value: 'TWENTY_FOUR', label: '24 months' },
];
const FIELD_IDS = { scope: 'scope', cohortFrom: firstBoxId('cohortFrom'), cohortTo: firstBoxId('cohortTo'), horizonMonths: 'horizonMonths' };

interface OutcomeFilters {
  scope: string;
  cohortFrom: string;
  cohortTo: string;
  horizonMonths: string;
  programme: string;
}

/** The filters as the form holds them: the cohort's ends as typed in the date inputs' boxes. */
type OutcomeDraft = Omit<OutcomeFilters, 'cohortFrom' | 'cohortTo'> & { cohortFrom: DateParts; cohortTo: DateParts };

export function OutcomesPage() {
  const places = useQuery<Places>(PLACES);
  return <QueryView state={places} what="your organisations">{(data) => <Outcomes places={data} />}</QueryView>;
}

/** The default cohort: people who began a year before the last twelve months, so a 6-month horizon has passed. */
function defaultCohort(today: Date): { cohortFrom: string; cohortTo: string } {
  const yearAgo = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate());
  const period = defaultPeriod(yearAgo);
  return { cohortFrom: period.from, cohortTo: period.to };
}

function Outcomes({ places }: { places: Places }) {
  const person = usePerson();
  const scopes = useMemo(() => scopeOptions(person.roles, places.organisations, places.consortia), [person.roles, places]);
  const [applied, setApplied] = useState<OutcomeFilters>(() => ({ scope: scopes[0]?.value ?? '', ...defaultCohort(new Date()), horizonMonths: 'SIX', programme: '' }));
  const [draft, setDraft] = useState<OutcomeDraft>(() => ({ ...applied, cohortFrom: datePartsOf(applied.cohortFrom), cohortTo: datePartsOf(applied.cohortTo) }));
  const [formProblems, setFormProblems] = useState<Problem[]>([]);
  const variables = { scope: scopeInput({ scope: applied.scope, site: '', directorate: '', staffGroup: '' }), cohortFrom: applied.cohortFrom, cohortTo: applied.cohortTo, horizonMonths: applied.horizonMonths, programme: applied.programme || null };
  const outcomes = useQuery<{ outcomes: FigureTableResult }>(OUTCOMES, variables, { skip: !applied.scope });
  if (!scopes.length) return <NoScopes title="Outcomes" />;

  const problems: Problem[] = formProblems.length ? formProblems : outcomes.status === 'failed' ? distinctProblems(outcomes.error.problems) : [];
  const errors = fieldErrors(problems, FIELD_IDS);
  const set = (change: Partial<OutcomeDraft>) => setDraft((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cohort = checkPeriod({ from: 'cohortFrom', to: 'cohortTo' }, { from: draft.cohortFrom, to: draft.cohortTo }, 'the cohort');
    setFormProblems(cohort.problems);
    if (cohort.from && cohort.to) setApplied({ ...draft, cohortFrom: cohort.from, cohortTo: cohort.to });
  };
  return (
    <Page title="Outcomes" section={analystSection} problems={problems} fieldIds={FIELD_IDS}>
      <p className="nhsuk-body">Retention and progression of people who began taking part in a cohort period, against a matched group who had not yet taken part.</p>
      <form onSubmit={submit} noValidate>
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Choose the cohort</legend>
          <Select id="scope" label="Organisation or consortium" error={errors.scope} value={draft.scope} onChange={(event) => set({ scope: event.target.value })} options={scopes} />
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-one-half">
              <DateInput id="cohortFrom" legend="Began taking part from" hint="For example, 1 4 2025" error={errors[FIELD_IDS.cohortFrom]} errorBoxes={boxesInError(problems, 'cohortFrom')} value={draft.cohortFrom} onChange={(cohortFrom) => set({ cohortFrom })} />
            </div>
            <div className="nhsuk-grid-column-one-half">
              <DateInput id="cohortTo" legend="Up to and including" error={errors[FIELD_IDS.cohortTo]} errorBoxes={boxesInError(problems, 'cohortTo')} value={draft.cohortTo} onChange={(cohortTo) => set({ cohortTo })} />
            </div>
          </div>
          <Select id="horizonMonths" label="Measured after" error={errors.horizonMonths} value={draft.horizonMonths} onChange={(event) => set({ horizonMonths: event.target.value })} options={HORIZONS} />
          <Select id="programme" label="Programme" value={draft.programme} onChange={(event) => set({ programme: event.target.value })} options={[{ value: '', label: 'All programmes' }, ...PROGRAMME_OPTIONS]} />
        </fieldset>
        <Button>Show outcomes</Button>
      </form>
      {outcomes.status === 'loading' && <Loading what="the outcomes" />}
      {outcomes.status === 'ready' && <OutcomeResults table={outcomes.data.outcomes} filters={applied} variables={variables} scopes={scopes} />}
    </Page>
  );
}

function OutcomeResults({ table, filters, variables, scopes }: { table: FigureTableResult; filters: OutcomeFilters; variables: Record<string, unknown>; scopes: readonly ScopeOption[] }) {
  const horizon = HORIZONS.find((option) => option.value === filters.horizonMonths)?.label ?? '';
  return (
    <>
      <h2 className="nhsuk-u-margin-top-5">{table.scopeName || scopes.find((scope) => scope.value === filters.scope)?.label}</h2>
      <p className="nhsuk-body-l">
        Cohort {formatDate(filters.cohortFrom)} to {formatDate(filters.cohortTo)}, measured after {horizon}
      </p>
      <CsvDownload what="these outcomes" query={{ table: 'OUTCOMES', ...variables }} />
      {table.rows.map((row) => {
        const group = row.keyLabels.filter(Boolean).join(', ');
        return (
          <section key={row.key.join('|')}>
            <h3>{group}</h3>
            <FigureListTable caption={`${group}: group sizes`} figures={groupSizes(row.figures)} showBase={false} />
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption">{`${group}: outcomes after ${horizon}`}</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Measure</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Participants</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Comparison</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Difference (percentage points)</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">95% confidence interval</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {outcomeMeasureRows(row.figures).map((measure) => (
                  <tr className="nhsuk-table__row" key={measure.measure}>
                    <th scope="row" className="nhsuk-table__header">{measure.measure}</th>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{measure.participants}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{measure.comparison}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{measure.difference}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{measure.interval}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <h2>How to read these figures</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {table.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </>
  );
}
