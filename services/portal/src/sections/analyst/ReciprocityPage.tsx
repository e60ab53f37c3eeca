import { useMemo, useState, type FormEvent } from 'react';
import type { Problem } from '../../api/api-error';
import { useQuery } from '../../api/use-query';
import { Button, InsetText, Loading } from '../../components/content';
import { DateInput } from '../../components/DateInput';
import { boxesInError, datePartsOf, firstBoxId } from '../../components/date-parts';
import { Select } from '../../components/fields';
import { Page } from '../../layout/Page';
import { QueryView } from '../../layout/QueryView';
import { usePerson } from '../../session/session-context';
import { CsvDownload } from './CsvDownload';
import { LazyFigureChart } from './LazyFigureChart';
import { TABLE_FIELDS, type FigureTableResult } from './figure-types';
import { BreakdownTable } from './FigureTables';
import { checkPeriod, defaultPeriod, scopeOptions } from './filters';
import { PLACES, type Places } from './places';
import { distinctProblems, fieldErrors } from './problems';
import { analystSection } from './section';
import { formatDate } from '../../words/dates';

const RECIPROCITY = `query Reciprocity($consortiumId: ID!, $from: String!, $to: String!) { reciprocity(consortiumId: $consortiumId, from: $from, to: $to) { ${TABLE_FIELDS} } }`;
const FIGURES = ['coachingRelationships', 'mentoringRelationships', 'coachingHours', 'mentoringHours'];
const FIELD_IDS = { consortiumId: 'consortiumId', scope: 'consortiumId', from: firstBoxId('from'), to: firstBoxId('to') };

export function ReciprocityPage() {
  const places = useQuery<Places>(PLACES);
  return <QueryView state={places} what="your consortia">{(data) => <Reciprocity places={data} />}</QueryView>;
}

function Reciprocity({ places }: { places: Places }) {
  const person = usePerson();
  const consortia = useMemo(() => scopeOptions(person.roles, places.organisations, places.consortia).filter((scope) => scope.kind === 'consortium'), [person.roles, places]);
  const [applied, setApplied] = useState(() => ({ consortiumId: consortia[0]?.id ?? '', ...defaultPeriod(new Date()) }));
  const [draft, setDraft] = useState(() => ({ consortiumId: applied.consortiumId, from: datePartsOf(applied.from), to: datePartsOf(applied.to) }));
  const [formProblems, setFormProblems] = useState<Problem[]>([]);
  const reciprocity = useQuery<{ reciprocity: FigureTableResult }>(RECIPROCITY, applied, { skip: !applied.consortiumId });

  if (!consortia.length) {
    return (
      <Page title="Reciprocity between members" section={analystSection}>
        <InsetText>
          <p>Reciprocity shows what the members of a consortium give each other. It is for people who hold an analyst, programme lead or admin role over a consortium, and you hold none.</p>
        </InsetText>
      </Page>
    );
  }
  const problems = formProblems.length ? formProblems : reciprocity.status === 'failed' ? distinctProblems(reciprocity.error.problems) : [];
  const errors = fieldErrors(problems, FIELD_IDS);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const period = checkPeriod({ from: 'from', to: 'to' }, draft, 'the period');
    setFormProblems(period.problems);
    if (period.from && period.to) setApplied({ consortiumId: draft.consortiumId, from: period.from, to: period.to });
  };
  return (
    <Page title="Reciprocity between members" section={analystSection} problems={problems} fieldIds={FIELD_IDS}>
      <p className="nhsuk-body">For each pair of member organisations: the coaching and mentoring one gave the other in the period.</p>
      <form onSubmit={submit} noValidate>
        <Select id="consortiumId" label="Consortium" error={errors.consortiumId} value={draft.consortiumId} onChange={(event) => setDraft({ ...draft, consortiumId: event.target.value })} options={consortia.map((consortium) => ({ value: consortium.id, label: consortium.label }))} />
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <DateInput id="from" legend="From" hint="For example, 1 4 2026" error={errors[FIELD_IDS.from]} errorBoxes={boxesInError(problems, 'from')} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <DateInput id="to" legend="To" hint="Included" error={errors[FIELD_IDS.to]} errorBoxes={boxesInError(problems, 'to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
          </div>
        </div>
        <Button>Show reciprocity</Button>
      </form>
      {reciprocity.status === 'loading' && <Loading what="reciprocity" />}
      {reciprocity.status === 'ready' && (
        <>
          <h2 className="nhsuk-u-margin-top-5">{reciprocity.data.reciprocity.scopeName}</h2>
          <p className="nhsuk-body-l">
            {formatDate(applied.from)} to {formatDate(applied.to)}
          </p>
          <CsvDownload what="reciprocity" query={{ table: 'RECIPROCITY', ...applied }} />
          <LazyFigureChart title="Coaching relationships from giver to receiver" rows={reciprocity.data.reciprocity.rows} figureName="coachingRelationships" />
          <BreakdownTable caption="What each member gave each other member" dimensionLabels={['Giving organisation', 'Receiving organisation']} rows={reciprocity.data.reciprocity.rows} figureNames={FIGURES} />
          <h2>How to read these figures</h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {reciprocity.data.reciprocity.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
