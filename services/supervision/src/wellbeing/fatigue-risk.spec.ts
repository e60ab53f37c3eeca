import fc from 'fast-check';
import { FLAG_KINDS, type CaseloadFlag, type FlagKind } from '../caseloads/flags';
import { DEFAULT_SUPERVISION_POLICY } from '../caseloads/supervision-policy';
import { fatigueRisk, type CheckInTotal } from './fatigue-risk';

const flag = (kind: FlagKind, reference: string | null = null): CaseloadFlag => ({ kind, reference, message: kind, facts: {} });
const spare = { capacity: 2, capacityUsed: 1 };

describe('fatigue risk', () => {
  it('is low with good check-ins, spare places and no flags', () => {
    expect(fatigueRisk([{ recordedOn: '2026-05-01', total: 20 }], spare, [])).toEqual({ level: 'low', points: 0, factors: [] });
    expect(fatigueRisk([], spare, []).level).toBe('low');
  });

  it('is medium on a latest check-in below the threshold, whatever came before', () => {
    const risk = fatigueRisk(
      [
        { recordedOn: '2026-05-01', total: 12 },
        { recordedOn: '2026-03-01', total: 14 },
      ],
      spare,
      [],
    );
    expect(risk).toEqual({ level: 'medium', points: 2, factors: [{ factor: 'low_wellbeing', points: 2, detail: 'The check-in on 2026-05-01 totalled 12 of 25, below 13.' }] });
  });

  it('counts a sharp fall, a full caseload and each kind of flag once, and is high when they add up', () => {
    const risk = fatigueRisk(
      [
        { recordedOn: '2026-03-01', total: 22 },
        { recordedOn: '2026-05-01', total: 17 },
      ],
      { capacity: 2, capacityUsed: 2 },
      [flag('NO_RECENT_SESSION', 'R-1'), flag('NO_RECENT_SESSION', 'R-2'), flag('SUPERVISION_OVERDUE'), flag('LOW_WELLBEING')],
    );
    expect(risk.level).toBe('high');
    expect(risk.points).toBe(4);
    expect(risk.factors.map(({ factor }) => factor)).toEqual(['NO_RECENT_SESSION', 'SUPERVISION_OVERDUE', 'at_capacity', 'falling_wellbeing']);
    expect(risk.factors[0].detail).toBe('Flag: NO_RECENT_SESSION (2 times).');
  });

  it('weighs a caseload over capacity more than a full one', () => {
    expect(fatigueRisk([], { capacity: 1, capacityUsed: 2 }, [])).toMatchObject({ level: 'medium', points: 2, factors: [{ factor: 'over_capacity' }] });
    expect(fatigueRisk([], { capacity: 0, capacityUsed: 0 }, []).points).toBe(0);
  });

  it('follows the policy’s weights and levels', () => {
    const sensitive = { ...DEFAULT_SUPERVISION_POLICY, fatigue: { ...DEFAULT_SUPERVISION_POLICY.fatigue, mediumFrom: 1, highFrom: 2 } };
    expect(fatigueRisk([], spare, [flag('DECLINES_IN_A_ROW')], sensitive).level).toBe('medium');
  });

  it('gives the same answer whatever order check-ins and flags come in', () => {
    const checkInArb = fc.record({ recordedOn: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'), total: fc.integer({ min: 5, max: 25 }) });
    const flagArb = fc.record({ kind: fc.constantFrom(...FLAG_KINDS), reference: fc.option(fc.constantFrom('R-1', 'R-2'), { nil: null }) }).map(({ kind, reference }) => flag(kind, reference));
    const loadArb = fc.record({ capacity: fc.integer({ min: 0, max: 3 }), capacityUsed: fc.integer({ min: 0, max: 4 }) });
    fc.assert(
      fc.property(fc.array(checkInArb, { maxLength: 5 }), loadArb, fc.array(flagArb, { maxLength: 6 }), (checkIns: CheckInTotal[], load, flags) => {
        const risk = fatigueRisk(checkIns, load, flags);
        expect(fatigueRisk([...checkIns].reverse(), load, [...flags].reverse())).toEqual(risk);
        expect(risk.points).toBe(risk.factors.reduce((sum, { points }) => sum + points, 0));
      }),
    );
  });
});
