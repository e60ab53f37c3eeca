import { applyMatchingFact, emptyCaseload, type Caseload } from './caseload';
import { availability, COACH, relationshipFacts } from './caseload.fixtures';
import { flagsFor, type CaseloadFlag, type FlagKind, type SupervisionFacts } from './flags';
import type { MatchingFact } from './matching-facts';
import { pseudonymFor } from './pseudonym';
import { DEFAULT_SUPERVISION_POLICY } from './supervision-policy';

const fold = (facts: MatchingFact[]): Caseload => facts.reduce(applyMatchingFact, emptyCaseload(COACH));
const wellSupervised: SupervisionFacts = { supervisedSince: '2026-01-01', lastSupervisionOn: '2026-06-01', latestCheckIn: { recordedOn: '2026-06-01', total: 20 } };
const supervisedOn = (day: string): SupervisionFacts => ({ ...wellSupervised, lastSupervisionOn: day });
const kinds = (flags: CaseloadFlag[]): FlagKind[] => flags.map(({ kind }) => kind);
const only = (flags: CaseloadFlag[], kind: FlagKind): CaseloadFlag => {
  const found = flags.filter((flag) => flag.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
};

const a = relationshipFacts('rel-a');
const b = relationshipFacts('rel-b');
const c = relationshipFacts('rel-c');
const d = relationshipFacts('rel-d');
const active = (facts: ReturnType<typeof relationshipFacts>, from: string, review: string): MatchingFact[] => [facts.introduced(from), facts.activated(from, review)];

describe('a calm caseload', () => {
  it('raises no flag', () => {
    const caseload = fold([...active(a, '2026-04-01', '2026-10-01'), a.session('s1', '2026-06-10')]);
    expect(flagsFor(caseload, wellSupervised, '2026-06-20')).toEqual([]);
  });
});

describe('at capacity for too long', () => {
  const full = [...active(a, '2026-01-10', '2026-07-10'), ...active(b, '2026-02-15', '2026-08-15')];

  it('flags a coach at capacity for more than the policy’s months, with the day it began', () => {
    const flag = only(flagsFor(fold(full), wellSupervised, '2026-05-16'), 'AT_CAPACITY_TOO_LONG');
    expect(flag.facts).toEqual({ since: '2026-02-15', months: 3, limitMonths: 3, capacity: 2, capacityUsed: 2 });
  });

  it('does not flag before the months have passed', () => {
    expect(kinds(flagsFor(fold(full), wellSupervised, '2026-05-14'))).not.toContain('AT_CAPACITY_TOO_LONG');
  });

  it('starts counting again after a place is given back, or when capacity is raised', () => {
    const freed = fold([...full, a.closed('2026-04-01'), ...active(c, '2026-04-20', '2026-10-20')]);
    expect(only(flagsFor(freed, wellSupervised, '2026-08-01'), 'AT_CAPACITY_TOO_LONG').facts.since).toBe('2026-04-20');
    const raised = fold([...full, availability('2026-03-01', 3)]);
    expect(kinds(flagsFor(raised, wellSupervised, '2026-08-01'))).not.toContain('AT_CAPACITY_TOO_LONG');
  });

  it('treats a place handed back and taken again the same day as no break', () => {
    const sameDay = fold([...full, a.closed('2026-04-01'), ...active(c, '2026-04-01', '2026-10-01')]);
    expect(only(flagsFor(sameDay, wellSupervised, '2026-06-01'), 'AT_CAPACITY_TOO_LONG').facts.since).toBe('2026-02-15');
  });
});

describe('per-relationship flags', () => {
  it('flags a chemistry meeting overdue three weeks after the introduction', () => {
    const caseload = fold([a.introduced('2026-06-01', '2026-06-05')]);
    expect(kinds(flagsFor(caseload, wellSupervised, '2026-06-22'))).toEqual([]);
    const flag = only(flagsFor(caseload, wellSupervised, '2026-06-23'), 'CHEMISTRY_MEETING_OVERDUE');
    expect(flag).toMatchObject({ reference: pseudonymFor('rel-a'), facts: { introducedOn: '2026-06-01', dueOn: '2026-06-22', daysSinceIntroduction: 22 } });
    expect(kinds(flagsFor(fold([a.introduced('2026-06-01'), a.chemistry('2026-06-20')]), supervisedOn('2026-07-30'), '2026-07-30'))).toEqual([]);
  });

  it('waits for a suggested chemistry meeting planned later than three weeks', () => {
    const caseload = fold([a.introduced('2026-06-01', '2026-07-01')]);
    expect(kinds(flagsFor(caseload, wellSupervised, '2026-07-01'))).toEqual([]);
    expect(kinds(flagsFor(caseload, wellSupervised, '2026-07-02'))).toEqual(['CHEMISTRY_MEETING_OVERDUE']);
  });

  it('flags an active relationship with no session in six weeks', () => {
    const caseload = fold([...active(a, '2026-04-01', '2026-10-01'), a.session('s1', '2026-05-01')]);
    expect(kinds(flagsFor(caseload, wellSupervised, '2026-06-12'))).toEqual([]);
    expect(only(flagsFor(caseload, wellSupervised, '2026-06-13'), 'NO_RECENT_SESSION').facts).toEqual({
      lastSessionOn: '2026-05-01',
      activeFrom: '2026-04-01',
      daysWithoutSession: 43,
      limitWeeks: 6,
    });
    const neverMet = fold(active(b, '2026-04-01', '2026-10-01'));
    expect(only(flagsFor(neverMet, wellSupervised, '2026-05-14'), 'NO_RECENT_SESSION').facts.lastSessionOn).toBe('none');
  });

  it('flags a relationship past six months without a review, and past an extension’s end', () => {
    const caseload = fold([...active(a, '2026-01-01', '2026-07-01'), a.session('s1', '2026-07-10')]);
    expect(kinds(flagsFor(caseload, wellSupervised, '2026-07-15'))).toEqual([]);
    expect(only(flagsFor(caseload, wellSupervised, '2026-07-16'), 'REVIEW_OVERDUE').facts).toMatchObject({ reviewDueOn: '2026-07-01', daysPast: 15 });
    const extended = fold([...active(a, '2026-01-01', '2026-07-01'), a.extended('2026-07-02', '2026-09-01'), a.session('s1', '2026-09-10')]);
    expect(kinds(flagsFor(extended, supervisedOn('2026-09-12'), '2026-09-12'))).toEqual([]);
    expect(only(flagsFor(extended, supervisedOn('2026-09-16'), '2026-09-16'), 'REVIEW_OVERDUE').facts).toMatchObject({ extendedTo: '2026-09-01', daysPast: 15 });
  });
});

describe('flags across the caseload', () => {
  it('flags three cancellations in ninety days, with the reasons and relationships', () => {
    const caseload = fold([
      ...active(a, '2026-01-01', '2026-07-01'),
      ...active(b, '2026-01-01', '2026-07-01'),
      a.cancelled('s1', '2026-03-01', 'STAFFING'),
      a.session('s2', '2026-05-20'),
      a.cancelled('s3', '2026-04-10'),
      b.session('s4', '2026-05-20'),
      b.cancelled('s5', '2026-05-29'),
    ]);
    const flag = only(flagsFor(caseload, wellSupervised, '2026-05-29'), 'REPEATED_CANCELLATIONS');
    expect(flag.facts).toEqual({
      cancellations: 3,
      windowDays: 90,
      threshold: 3,
      reasons: ['CLINICAL_PRESSURE', 'STAFFING'],
      references: [pseudonymFor('rel-a'), pseudonymFor('rel-b')].sort(),
    });
    expect(kinds(flagsFor(caseload, wellSupervised, '2026-05-30'))).not.toContain('REPEATED_CANCELLATIONS');
  });

  it('flags three declines in a row, and not when a relationship started in between', () => {
    const declines = [a.introduced('2026-03-01'), a.declined('2026-03-10'), b.introduced('2026-04-01'), b.declined('2026-04-10'), c.introduced('2026-05-01'), c.declined('2026-05-10')];
    const flag = only(flagsFor(fold(declines), wellSupervised, '2026-06-01'), 'DECLINES_IN_A_ROW');
    expect(flag.facts).toMatchObject({ declines: 3, declinedOn: ['2026-03-10', '2026-04-10', '2026-05-10'] });
    const broken = [...declines, d.introduced('2026-04-12'), d.activated('2026-04-20', '2026-10-20'), d.session('s1', '2026-05-20')];
    expect(kinds(flagsFor(fold(broken), wellSupervised, '2026-06-01'))).toEqual([]);
  });

  it('flags overdue supervision from the last session, or from the start when there has been none', () => {
    const caseload = emptyCaseload(COACH);
    const lapsed = { ...wellSupervised, lastSupervisionOn: '2026-03-01' };
    expect(kinds(flagsFor(caseload, lapsed, '2026-04-26'))).toEqual([]);
    expect(only(flagsFor(caseload, lapsed, '2026-04-27'), 'SUPERVISION_OVERDUE').facts).toEqual({ lastSupervisionOn: '2026-03-01', supervisedSince: '2026-01-01', days: 57, intervalWeeks: 8 });
    const never = { ...wellSupervised, lastSupervisionOn: null };
    expect(only(flagsFor(caseload, never, '2026-03-01'), 'SUPERVISION_OVERDUE').facts.lastSupervisionOn).toBe('none');
    expect(kinds(flagsFor(caseload, { ...never, supervisedSince: null }, '2027-01-01'))).toEqual([]);
  });

  it('flags a check-in below the wellbeing threshold', () => {
    const low = { ...wellSupervised, latestCheckIn: { recordedOn: '2026-06-01', total: 12 } };
    expect(only(flagsFor(emptyCaseload(COACH), low, '2026-06-02'), 'LOW_WELLBEING').facts).toEqual({ recordedOn: '2026-06-01', total: 12, threshold: 13 });
    const atThreshold = { ...wellSupervised, latestCheckIn: { recordedOn: '2026-06-01', total: 13 } };
    expect(flagsFor(emptyCaseload(COACH), atThreshold, '2026-06-02')).toEqual([]);
  });

  it('follows a policy with other numbers', () => {
    const caseload = fold([...active(a, '2026-04-01', '2026-10-01'), a.session('s1', '2026-05-01')]);
    const strict = { ...DEFAULT_SUPERVISION_POLICY, noSessionWeeks: 2 };
    expect(kinds(flagsFor(caseload, wellSupervised, '2026-05-16', strict))).toEqual(['NO_RECENT_SESSION']);
  });

  it('lists flags in a fixed order: by kind, then relationship', () => {
    const caseload = fold([...active(a, '2026-01-01', '2026-07-01'), ...active(b, '2026-01-01', '2026-07-01')]);
    const flags = flagsFor(caseload, { supervisedSince: '2026-01-01', lastSupervisionOn: null, latestCheckIn: { recordedOn: '2026-08-01', total: 8 } }, '2026-08-01');
    expect(kinds(flags)).toEqual(['AT_CAPACITY_TOO_LONG', 'NO_RECENT_SESSION', 'NO_RECENT_SESSION', 'REVIEW_OVERDUE', 'REVIEW_OVERDUE', 'SUPERVISION_OVERDUE', 'LOW_WELLBEING']);
    const references = flags.filter(({ kind }) => kind === 'NO_RECENT_SESSION').map(({ reference }) => reference ?? '');
    expect(references).toEqual([...references].sort());
  });
});
