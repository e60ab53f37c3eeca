import type { RoleGrant } from '../../session/roles';
import { checkFilters, defaultPeriod, filtersFrom, filtersToParams, scopeInput, scopeOptions } from './filters';

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

  it('asks for the dates it needs and leaves the order of the period to the API', () => {
    const base = { scope: 'organisation:trust', site: '', directorate: '', staffGroup: '', programme: '', groupBy: [] };
    expect(checkFilters({ ...base, from: '', to: '2026-01-01' }).map((problem) => problem.field)).toEqual(['from']);
    expect(checkFilters({ ...base, from: '2026-06-01', to: '2026-01-01' })).toEqual([]);
  });
});
