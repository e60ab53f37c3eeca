import type { Problem } from '../../api/api-error';
import { checkDate, datePartsOf, type DateParts, type DateProblem } from '../../components/date-parts';
import type { RoleGrant } from '../../session/roles';

/** The roles analytics lets read figures, each within the scope it is held in. */
export const FIGURE_READER_ROLES = ['ANALYST', 'PROGRAMME_LEAD', 'ORGANISATION_ADMIN', 'CONSORTIUM_ADMIN'] as const;

export const GROUP_BY_OPTIONS = [
  { value: 'MONTH', label: 'Month' },
  { value: 'ORGANISATION', label: 'Organisation' },
  { value: 'SITE', label: 'Site' },
  { value: 'DIRECTORATE', label: 'Directorate' },
  { value: 'STAFF_GROUP', label: 'Staff group' },
  { value: 'BAND', label: 'Band' },
  { value: 'PROGRAMME', label: 'Programme' },
  { value: 'ETHNICITY', label: 'Ethnicity' },
] as const;

export interface NamedPlace {
  id: string;
  name: string;
}
export interface OrganisationPlaces extends NamedPlace {
  sites: NamedPlace[];
  directorates: NamedPlace[];
}
export interface ConsortiumMembers extends NamedPlace {
  members: NamedPlace[];
}

/** A scope the person may read figures for, as the filter's value ("organisation:<id>" or "consortium:<id>"). */
export interface ScopeOption {
  value: string;
  label: string;
  kind: 'organisation' | 'consortium';
  id: string;
}

/**
 * The scopes a person's role grants let them read: each organisation they hold a reader role in, and each consortium
 * with its member organisations (a consortium role covers its members). Their own grants first, in the order held.
 */
export function scopeOptions(grants: readonly RoleGrant[], organisations: readonly NamedPlace[], consortia: readonly ConsortiumMembers[]): ScopeOption[] {
  const options: ScopeOption[] = [];
  const add = (kind: ScopeOption['kind'], id: string, name: string | undefined) => {
    const value = `${kind}:${id}`;
    if (!options.some((option) => option.value === value)) options.push({ value, label: name ?? (kind === 'consortium' ? 'Your consortium' : 'Your organisation'), kind, id });
  };
  const readerGrants = grants.filter((grant) => (FIGURE_READER_ROLES as readonly string[]).includes(grant.role));
  for (const grant of readerGrants) {
    if (grant.scopeKind === 'ORGANISATION') add('organisation', grant.scopeId, organisations.find((organisation) => organisation.id === grant.scopeId)?.name);
    else {
      const consortium = consortia.find((candidate) => candidate.id === grant.scopeId);
      add('consortium', grant.scopeId, consortium?.name);
      consortium?.members.forEach((member) => add('organisation', member.id, member.name));
    }
  }
  return options;
}

export interface Filters {
  scope: string;
  site: string;
  directorate: string;
  staffGroup: string;
  from: string;
  to: string;
  programme: string;
  groupBy: string[];
}

const iso = (date: Date): string => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The last twelve months to today: the first of the month eleven months ago up to and including today. */
export function defaultPeriod(today: Date): { from: string; to: string } {
  return { from: iso(new Date(today.getFullYear(), today.getMonth() - 11, 1)), to: iso(today) };
}

/** The filters a URL asks for, with defaults for what it leaves out, so a view can be bookmarked and shared. */
export function filtersFrom(params: URLSearchParams, scopes: readonly ScopeOption[], today: Date): Filters {
  const period = defaultPeriod(today);
  const scope = params.get('scope') ?? scopes[0]?.value ?? '';
  const groupBy = params.has('groupBy') ? params.getAll('groupBy').filter(Boolean) : ['MONTH'];
  return {
    scope,
    site: params.get('site') ?? '',
    directorate: params.get('directorate') ?? '',
    staffGroup: params.get('staffGroup') ?? '',
    from: params.get('from') ?? period.from,
    to: params.get('to') ?? period.to,
    programme: params.get('programme') ?? '',
    groupBy,
  };
}

/** Filters as URL parameters: the inverse of filtersFrom. */
export function filtersToParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['scope', 'site', 'directorate', 'staffGroup', 'from', 'to', 'programme'] as const) {
    if (filters[key]) params.set(key, filters[key]);
  }
  // An empty groupBy still goes in the URL, so "no breakdown" is not read back as the default breakdown.
  if (filters.groupBy.length === 0) params.append('groupBy', '');
  filters.groupBy.forEach((dimension) => params.append('groupBy', dimension));
  return params;
}

export interface AnalyticsScopeInput {
  organisationId?: string;
  consortiumId?: string;
  siteId?: string;
  directorateId?: string;
  staffGroup?: string;
}

/** The API's scope input for the filters: a site or directorate narrows an organisation only. */
export function scopeInput(filters: Pick<Filters, 'scope' | 'site' | 'directorate' | 'staffGroup'>): AnalyticsScopeInput {
  const [kind, id] = filters.scope.split(':');
  const input: AnalyticsScopeInput = kind === 'consortium' ? { consortiumId: id } : { organisationId: id };
  if (kind === 'organisation' && filters.site) input.siteId = filters.site;
  if (kind === 'organisation' && filters.directorate) input.directorateId = filters.directorate;
  if (filters.staffGroup.trim()) input.staffGroup = filters.staffGroup.trim();
  return input;
}

/** The filters as the form holds them: each end of the period as typed in a date input's three boxes. */
export type FilterDraft = Omit<Filters, 'from' | 'to'> & { from: DateParts; to: DateParts };

export const draftOf = (filters: Filters): FilterDraft => ({ ...filters, from: datePartsOf(filters.from), to: datePartsOf(filters.to) });

/**
 * The two ends of a period typed in date inputs, each checked on its own and named for what the period is of
 * ("the period", "the cohort"); whether it ends before it starts is the API's to say.
 */
export function checkPeriod(fields: { from: string; to: string }, ends: { from: DateParts; to: DateParts }, of: string): { problems: DateProblem[]; from?: string; to?: string } {
  const from = checkDate(fields.from, ends.from, { name: `The first day of ${of}`, missing: `Enter the first day of ${of}` });
  const to = checkDate(fields.to, ends.to, { name: `The last day of ${of}`, missing: `Enter the last day of ${of}` });
  return { problems: [from.problem, to.problem].filter((problem) => problem !== undefined), from: from.date, to: to.date };
}

/** What the form itself can tell before asking, and the filters to ask with when it finds nothing. */
export function checkFilters(draft: FilterDraft): { problems: Problem[]; filters?: Filters } {
  const problems: Problem[] = [];
  if (!draft.scope) problems.push({ message: 'Select which organisation or consortium the figures are for', code: 'REQUIRED', field: 'scope' });
  const period = checkPeriod({ from: 'from', to: 'to' }, draft, 'the period');
  problems.push(...period.problems);
  if (problems.length || !period.from || !period.to) return { problems };
  return { problems, filters: { ...draft, from: period.from, to: period.to } };
}
