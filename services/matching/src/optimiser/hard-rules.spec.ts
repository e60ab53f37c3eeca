import { hardRuleBroken } from './hard-rules';
import { coach, request, roundInput } from './round.fixtures';
import { buildRuleContext } from './rule-context';
import type { RoundInput } from './round.types';

const rules = (overrides: Partial<RoundInput> = {}) => buildRuleContext(roundInput(overrides));

describe('hardRuleBroken', () => {
  it('allows an ordinary pair', () => {
    expect(hardRuleBroken(request('r1'), coach('c1'), rules())).toBeNull();
  });

  it('refuses a coach with no free place, a paused one and an unresponsive one', () => {
    expect(hardRuleBroken(request('r1'), coach('c1', { capacity: 2, activeRelationships: 2 }), rules())).toBe('capacity');
    expect(hardRuleBroken(request('r1'), coach('c1', { paused: true }), rules())).toBe('paused');
    expect(hardRuleBroken(request('r1'), coach('c1', { unresponsive: true }), rules())).toBe('unresponsive');
  });

  it('matches coaching to coach eligibility and mentoring to mentor eligibility, in the request programme', () => {
    const coachOnly = coach('c1', { eligibility: [{ programme: 'GENERAL', kind: 'coaching' }] });
    expect(hardRuleBroken(request('r1', { kind: 'coaching' }), coachOnly, rules())).toBeNull();
    expect(hardRuleBroken(request('r1', { kind: 'mentoring' }), coachOnly, rules())).toBe('eligibility');
    expect(hardRuleBroken(request('r1', { kind: 'coaching', programme: 'RETURNERS' }), coachOnly, rules())).toBe('eligibility');
  });

  it('never matches someone with themselves', () => {
    const selfRequest = request('r1', { requester: { personId: 'c1' } });
    expect(hardRuleBroken(selfRequest, coach('c1'), rules())).toBe('self');
  });

  describe('line management', () => {
    const lineManagers = { 'p-r1': 'm1', m1: 'm2', c9: 'p-r1', c8: 'c9' };
    it.each([
      ["the requester's manager", 'm1'],
      ["the requester's manager's manager", 'm2'],
      ["the requester's direct report", 'c9'],
      ["the requester's report's report", 'c8'],
    ])('refuses %s', (_who, coachId) => {
      expect(hardRuleBroken(request('r1'), coach(coachId), rules({ lineManagers }))).toBe('line_management');
    });

    it('reads the chain from the person record when the map lacks it', () => {
      const r = request('r1', { requester: { lineManagerId: 'c1' } });
      expect(hardRuleBroken(r, coach('c1'), rules())).toBe('line_management');
    });

    it('allows a peer under a different manager', () => {
      expect(hardRuleBroken(request('r1'), coach('c7', { person: { lineManagerId: 'm5' } }), rules({ lineManagers }))).toBeNull();
    });
  });

  it('refuses a coach with the same line manager only when the request asks not to be matched in its team', () => {
    const teamMate = coach('c1', { person: { lineManagerId: 'm1' } });
    const asks = request('r1', { requester: { lineManagerId: 'm1' }, preferences: { notSameTeam: true } });
    const doesNotAsk = request('r2', { requester: { lineManagerId: 'm1' } });
    expect(hardRuleBroken(asks, teamMate, rules())).toBe('same_team');
    expect(hardRuleBroken(doesNotAsk, teamMate, rules())).toBeNull();
    const noManagers = request('r3', { requester: { lineManagerId: null }, preferences: { notSameTeam: true } });
    expect(hardRuleBroken(noManagers, coach('c2', { person: { lineManagerId: null } }), rules())).toBeNull();
  });

  it('crosses organisations only under a sharing agreement, in either order', () => {
    const police = coach('c1', { person: { organisationId: 'org-police' } });
    expect(hardRuleBroken(request('r1'), police, rules())).toBe('organisation');
    expect(hardRuleBroken(request('r1'), police, rules({ sharingOrganisations: [['org-police', 'org-trust']] }))).toBeNull();
    expect(hardRuleBroken(request('r1'), police, rules({ sharingOrganisations: [['org-trust', 'org-fire']] }))).toBe('organisation');
  });

  it('never proposes a pair that declined each other again, whichever side was the requester', () => {
    expect(hardRuleBroken(request('r1'), coach('c1'), rules({ declinedPairs: [['p-r1', 'c1']] }))).toBe('declined_before');
    expect(hardRuleBroken(request('r1'), coach('c1'), rules({ declinedPairs: [['c1', 'p-r1']] }))).toBe('declined_before');
  });

  it('honours a gender preference as a hard rule when set', () => {
    const wantsWoman = request('r1', { preferences: { gender: 'woman' } });
    expect(hardRuleBroken(wantsWoman, coach('c1', { gender: 'man' }), rules())).toBe('gender');
    expect(hardRuleBroken(wantsWoman, coach('c1', { gender: null }), rules())).toBe('gender');
    expect(hardRuleBroken(wantsWoman, coach('c1', { gender: 'woman' }), rules())).toBeNull();
  });

  it('needs a coach offering the format the request insists on', () => {
    const remoteOnly = coach('c1', { formats: ['remote'] });
    const inPersonOnly = coach('c2', { formats: ['in_person'] });
    expect(hardRuleBroken(request('r1', { preferences: { format: 'in_person' } }), remoteOnly, rules())).toBe('format');
    expect(hardRuleBroken(request('r1', { preferences: { format: 'remote' } }), inPersonOnly, rules())).toBe('format');
    expect(hardRuleBroken(request('r1', { preferences: { format: 'either' } }), remoteOnly, rules())).toBeNull();
  });

  describe("site 'same'", () => {
    const sameSite = (format: 'in_person' | 'remote' | 'either') => request('r1', { requester: { siteId: 'site-a' }, preferences: { site: 'same', format } });
    it('allows a coach who can meet at the requester site in person', () => {
      const travels = coach('c1', { person: { siteId: 'site-b' }, siteIds: ['site-b', 'site-a'], formats: ['in_person'] });
      expect(hardRuleBroken(sameSite('in_person'), travels, rules())).toBeNull();
    });
    it('allows a remote pair when both accept remote', () => {
      const remote = coach('c1', { person: { siteId: 'site-b' }, formats: ['remote'] });
      expect(hardRuleBroken(sameSite('either'), remote, rules())).toBeNull();
    });
    it('refuses a coach elsewhere who only meets in person', () => {
      const elsewhere = coach('c1', { person: { siteId: 'site-b' }, formats: ['in_person'] });
      expect(hardRuleBroken(sameSite('either'), elsewhere, rules())).toBe('site');
    });
  });

  it('refuses a pair the lead excluded for this round', () => {
    expect(hardRuleBroken(request('r1'), coach('c1'), rules({ exclusions: [{ requestId: 'r1', coachId: 'c1' }] }))).toBe('excluded');
  });
});
