import { datePartsOf, EMPTY_DATE } from '../../components/date-parts';
import type { RoleGrant } from '../../session/roles';
import { checkFilters, checkPeriod, defaultPeriod, draftOf, filtersFrom, filtersToParams, scopeInput, scopeOptions } from './filters';

const trust = { id: 'trust', name: 'Riverside Trust' };
const police = { id: 'police', name: 'Riverside Police' };
const consortium = { id: 'cons', name: 'Riverside Consortium', members: [trust, police] };

describe('the figure filters', () => {
  it('offers the organisations and consortia the person reads figures for, a consortium with its members', () => {
    const grants: RoleGrant[] = [
      { role: 'STAFF', scopeKind: 'ORGANISATION', scopeId: 'trust' },
      { role: 'CONSORTIUM_ADMIN', scopeKind: 'CONSORTIUM', scopeId: 'cons' },
    ];
    expect(scopeOptions(grants, [trust, police], [consortium]).map((option) => option.label)).toEqual(['Riverside Consortium', 'Riverside Trust', 'Riverside Police']);
  });

  it('offers nothing for a staff role alone', () => {
    expect(scopeOptions([{ role: 'STAFF', scopeKind: 'ORGANISATION', scopeId: 'trust' }], [trust], [])).toEqual([]);
  });

  it('defaults to the first scope, the last twelve months to today, by month', () => {
    const scopes = scopeOptions([{ role: 'ANALYST', scopeKind: 'ORGANISATION', scopeId: 'trust' }], [trust], []);
    const filters = filtersFrom(new URLSearchParams(), scopes, new Date(2026, 10, 24));
    expect(filters).toMatchObject({ scope: 'organisation:trust', from: '2025-12-01', to: '2026-11-24', groupBy: ['MONTH'] });
    expect(defaultPeriod(new Date(2026, 0, 31))).toEqual({ from: '2025-02-01', to: '2026-01-31' });
  });

  it('reads back what it wrote, no breakdown included', () => {
    const filters = { scope: 'organisation:trust', site: 's', directorate: '', staffGroup: '', from: '2026-01-01', to: '2026-02-01', programme: 'RETURNERS', groupBy: [] };
    expect(filtersFrom(filtersToParams(filters), [], new Date())).toEqual(filters);
  });

  it('narrows an organisation by site, never a consortium', () => {
    expect(scopeInput({ scope: 'organisation:trust', site: 's', directorate: '', staffGroup: ' Nursing ' })).toEqual({ organisationId: 'trust', siteId: 's', staffGroup: 'Nursing' });
    expect(scopeInput({ scope: 'consortium:cons', site: 's', directorate: 'd', staffGroup: '' })).toEqual({ consortiumId: 'cons' });
  });

  it('asks for the dates it needs, typed in full, and leaves the order of the period to the API', () => {
    const base = { scope: 'organisation:trust', site: '', directorate: '', staffGroup: '', programme: '', groupBy: [] };
    expect(checkFilters({ ...base, from: EMPTY_DATE, to: datePartsOf('2026-01-01') }).problems.map((problem) => [problem.field, problem.message])).toEqual([['from', 'Enter the first day of the period']]);
    expect(checkFilters({ ...base, from: { day: '31', month: '2', year: '2026' }, to: { day: '1', month: '', year: '2026' } }).problems.map((problem) => [problem.field, problem.message])).toEqual([
      ['from', 'The first day of the period must be a real date'],
      ['to', 'The last day of the period must include a month'],
    ]);
    expect(checkFilters({ ...base, from: datePartsOf('2026-06-01'), to: datePartsOf('2026-01-01') })).toEqual({ problems: [], filters: { ...base, from: '2026-06-01', to: '2026-01-01' } });
  });

  it('shows the dates of a bookmarked view in the boxes', () => {
    const filters = { scope: 'organisation:trust', site: '', directorate: '', staffGroup: '', from: '2026-01-01', to: '2026-02-28', programme: '', groupBy: [] };
    expect(checkFilters(draftOf(filters))).toEqual({ problems: [], filters });
  });

  it('names a period of another kind in its messages', () => {
    const checked = checkPeriod({ from: 'cohortFrom', to: 'cohortTo' }, { from: datePartsOf('2025-01-01'), to: EMPTY_DATE }, 'the cohort');
    expect(checked.problems.map((problem) => [problem.field, problem.message])).toEqual([['cohortTo', 'Enter the last day of the cohort']]);
    expect(checked.from).toBe('2025-01-01');
  });
});
