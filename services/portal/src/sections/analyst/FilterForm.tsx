import { useState, type FormEvent } from 'react';
import type { Problem } from '../../api/api-error';
import { Button } from '../../components/content';
import { DateInput } from '../../components/DateInput';
import { boxesInError, firstBoxId } from '../../components/date-parts';
import { Select, TextInput } from '../../components/fields';
import { draftOf, GROUP_BY_OPTIONS, type FilterDraft, type Filters, type OrganisationPlaces, type ScopeOption } from './filters';
import { fieldErrors } from './problems';
import { PROGRAMME_OPTIONS } from '../../words/programmes';

/** Which field each API problem belongs to, so the error summary links to it. */
export const FILTER_FIELD_IDS: Record<string, string> = {
  scope: 'scope',
  'scope.organisationId': 'scope',
  'scope.consortiumId': 'scope',
  'scope.siteId': 'site',
  'scope.directorateId': 'directorate',
  from: firstBoxId('from'),
  to: firstBoxId('to'),
  groupBy: 'groupBy',
};

/**
 * The dashboard's filters. Nothing is fetched until the person presses the button, so a half-typed date never
 * reaches the API; the figures then follow the URL, which can be bookmarked.
 */
export function FilterForm({ initial, scopes, organisations, problems, onSubmit }: { initial: Filters; scopes: readonly ScopeOption[]; organisations: readonly OrganisationPlaces[]; problems: readonly Problem[]; onSubmit: (draft: FilterDraft) => void }) {
  const [draft, setDraft] = useState(() => draftOf(initial));
  const set = (change: Partial<FilterDraft>) => setDraft((current) => ({ ...current, ...change }));
  const errors: Partial<Record<string, string>> = fieldErrors(problems, FILTER_FIELD_IDS);
  const scope = scopes.find((option) => option.value === draft.scope);
  const organisation = scope?.kind === 'organisation' ? organisations.find((candidate) => candidate.id === scope.id) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ ...draft, groupBy: draft.groupBy.filter(Boolean) });
  };
  const groupOptions = [{ value: '', label: 'No breakdown' }, ...GROUP_BY_OPTIONS];
  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Choose the figures</legend>
        <Select id="scope" label="Organisation or consortium" error={errors.scope} value={draft.scope} onChange={(event) => set({ scope: event.target.value, site: '', directorate: '' })} options={scopes} />
        {organisation && (organisation.sites.length > 0 || organisation.directorates.length > 0) && (
          <>
            {organisation.sites.length > 0 && (
              <Select id="site" label="Site (optional)" error={errors.site} value={draft.site} onChange={(event) => set({ site: event.target.value })} options={[{ value: '', label: 'All sites' }, ...organisation.sites.map((site) => ({ value: site.id, label: site.name }))]} />
            )}
            {organisation.directorates.length > 0 && (
              <Select
                id="directorate"
                label="Directorate (optional)"
                error={errors.directorate}
                value={draft.directorate}
                onChange={(event) => set({ directorate: event.target.value })}
                options={[{ value: '', label: 'All directorates' }, ...organisation.directorates.map((directorate) => ({ value: directorate.id, label: directorate.name }))]}
              />
            )}
          </>
        )}
        <TextInput id="staffGroup" label="Staff group (optional)" hint="As in ESR, for example Nursing and Midwifery Registered" value={draft.staffGroup} onChange={(event) => set({ staffGroup: event.target.value })} width={30} />
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <DateInput id="from" legend="From" hint="The first day of the period, for example 1 4 2026" error={errors[FILTER_FIELD_IDS.from]} errorBoxes={boxesInError(problems, 'from')} value={draft.from} onChange={(from) => set({ from })} />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <DateInput id="to" legend="To" hint="The last day, included" error={errors[FILTER_FIELD_IDS.to]} errorBoxes={boxesInError(problems, 'to')} value={draft.to} onChange={(to) => set({ to })} />
          </div>
        </div>
        <Select id="programme" label="Programme" value={draft.programme} onChange={(event) => set({ programme: event.target.value })} options={[{ value: '', label: 'All programmes' }, ...PROGRAMME_OPTIONS]} />
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <Select id="groupBy" label="Break down by" error={errors.groupBy} value={draft.groupBy[0] ?? ''} onChange={(event) => set({ groupBy: [event.target.value, draft.groupBy[1] ?? ''] })} options={groupOptions} />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <Select id="groupBy-2" label="Then by (optional)" value={draft.groupBy[1] ?? ''} onChange={(event) => set({ groupBy: [draft.groupBy[0] ?? '', event.target.value] })} options={groupOptions} />
          </div>
        </div>
      </fieldset>
      <Button>Show figures</Button>
    </form>
  );
}
