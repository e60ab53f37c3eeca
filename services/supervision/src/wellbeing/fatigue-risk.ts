import type { CalendarDate } from '@tapestry/domain';
import { compareText } from '../caseloads/compare-text';
import type { CaseloadFlag, FlagKind } from '../caseloads/flags';
import { DEFAULT_SUPERVISION_POLICY, type SupervisionPolicy } from '../caseloads/supervision-policy';
import { MAX_TOTAL } from './wellbeing-scale';

export type FatigueLevel = 'low' | 'medium' | 'high';

export interface FatigueFactor {
  factor: 'low_wellbeing' | 'falling_wellbeing' | 'at_capacity' | 'over_capacity' | FlagKind;
  points: number;
  detail: string;
}

export interface FatigueRisk {
  level: FatigueLevel;
  points: number;
  /** Every factor that added points, so the level can be explained and challenged. */
  factors: FatigueFactor[];
}

export interface CheckInTotal {
  recordedOn: CalendarDate;
  total: number;
}

export interface CaseloadLoad {
  capacity: number;
  capacityUsed: number;
}

/** Already counted from the check-ins themselves. */
const COUNTED_ELSEWHERE: FlagKind[] = ['LOW_WELLBEING'];

function wellbeingFactors(checkIns: readonly CheckInTotal[], policy: SupervisionPolicy): FatigueFactor[] {
  // Two check-ins on one day: the lower counts as the latest, erring towards noticing.
  const ordered = [...checkIns].sort((a, b) => a.recordedOn.localeCompare(b.recordedOn) || b.total - a.total);
  const latest = ordered.at(-1);
  const previous = ordered.at(-2);
  const factors: FatigueFactor[] = [];
  if (latest && latest.total < policy.wellbeingThreshold) {
    factors.push({
      factor: 'low_wellbeing',
      points: policy.fatigue.lowWellbeing,
      detail: `The check-in on ${latest.recordedOn} totalled ${latest.total} of ${MAX_TOTAL}, below ${policy.wellbeingThreshold}.`,
    });
  }
  if (latest && previous && previous.total - latest.total >= policy.fatigue.fallingBy) {
    factors.push({
      factor: 'falling_wellbeing',
      points: policy.fatigue.fallingWellbeing,
      detail: `Wellbeing fell from ${previous.total} (${previous.recordedOn}) to ${latest.total} (${latest.recordedOn}).`,
    });
  }
  return factors;
}

function loadFactors(load: CaseloadLoad, policy: SupervisionPolicy): FatigueFactor[] {
  if (load.capacityUsed > load.capacity) {
    return [{ factor: 'over_capacity', points: policy.fatigue.overCapacity, detail: `Supporting ${load.capacityUsed} people with ${load.capacity} places.` }];
  }
  if (load.capacity > 0 && load.capacityUsed === load.capacity) {
    return [{ factor: 'at_capacity', points: policy.fatigue.atCapacity, detail: `All ${load.capacity} places in use.` }];
  }
  return [];
}

/** One point per kind of flag: three overdue sessions are one sign, not three. */
function flagFactors(flags: readonly CaseloadFlag[], policy: SupervisionPolicy): FatigueFactor[] {
  const kinds = [...new Set(flags.map(({ kind }) => kind))].filter((kind) => !COUNTED_ELSEWHERE.includes(kind));
  return kinds.map((kind) => {
    const count = flags.filter((flag) => flag.kind === kind).length;
    return { factor: kind, points: policy.fatigue.perFlag, detail: count === 1 ? `Flag: ${kind}.` : `Flag: ${kind} (${count} times).` };
  });
}

/**
 * How likely the coach is to be tiring, from their own check-ins, how full their caseload is and the flags on
 * it. Points add up per factor; the policy says where medium and high begin. Pure and order-free: the same
 * inputs in any order give the same answer.
 */
export function fatigueRisk(
  checkIns: readonly CheckInTotal[],
  load: CaseloadLoad,
  flags: readonly CaseloadFlag[],
  policy: SupervisionPolicy = DEFAULT_SUPERVISION_POLICY,
): FatigueRisk {
  const factors = [...wellbeingFactors(checkIns, policy), ...loadFactors(load, policy), ...flagFactors(flags, policy)].sort(
    (a, b) => b.points - a.points || compareText(a.factor, b.factor),
  );
  const points = factors.reduce((sum, { points: added }) => sum + added, 0);
  const level: FatigueLevel = points >= policy.fatigue.highFrom ? 'high' : points >= policy.fatigue.mediumFrom ? 'medium' : 'low';
  return { level, points, factors };
}
