import type { CancellationReason, ClosureReason } from './ledger';
import { ASSUMED, EVALUATED_PROGRAMME } from './scenario-shape';
import type { SeededRandom } from './seeded-random';

export interface PairFate {
  declines: boolean;
  earlyCloseAt: number | null;
  extended: boolean;
}

/** Drawn when a pair is introduced: whether the chemistry meeting works, and how the relationship will end. */
export function drawFate(random: SeededRandom): PairFate {
  const declines = random.chance(ASSUMED.declineRate);
  const earlyCloseAt = !declines && random.chance(ASSUMED.earlyCloseRate) ? random.int(2, 4) : null;
  return { declines, earlyCloseAt, extended: !declines && earlyCloseAt === null && random.chance(ASSUMED.extensionRate) };
}

const WEEKS_PER_MONTH = 52 / 12;

/**
 * The weeks a relationship activated in week `activated` has its monthly sessions in: one a month for the six-month
 * term, the first a fortnight in.
 */
export function sessionWeeks(activated: number): number[] {
  return Array.from({ length: EVALUATED_PROGRAMME.termMonths }, (_, index) => activated + Math.round(WEEKS_PER_MONTH * (index + 0.5)));
}

/** The week the term ends and the pair closes, six months on. */
export const termEndWeek = (activated: number): number => activated + Math.round(WEEKS_PER_MONTH * EVALUATED_PROGRAMME.termMonths);
/** The week the lead extends a pair at its six-month review (inside the 30 days before it), and by how much. */
export const extensionWeek = (activated: number): number => termEndWeek(activated) - 3;
export const EXTENSION_MONTHS = 2;

export function drawMinutes(random: SeededRandom): number {
  return random.weighted<number>([
    [EVALUATED_PROGRAMME.sessionCapMinutes, 0.4],
    [75, 0.2],
    [60, 0.3],
    [45, 0.1],
  ]);
}

export function drawCancellation(random: SeededRandom): CancellationReason {
  return random.weighted<CancellationReason>([
    ['CLINICAL_PRESSURE', 0.45],
    ['STAFFING', 0.2],
    ['SICKNESS', 0.15],
    ['LEAVE', 0.1],
    ['PERSONAL', 0.1],
  ]);
}

export function drawEarlyClosure(random: SeededRandom): ClosureReason {
  return random.weighted<ClosureReason>([
    ['NO_TIME', 0.5],
    ['NOT_WORKING', 0.25],
    ['NO_LONGER_NEEDED', 0.25],
  ]);
}

export function drawTermClosure(random: SeededRandom): ClosureReason {
  return random.weighted<ClosureReason>([
    ['TERM_ENDED', 0.6],
    ['GOALS_MET', 0.4],
  ]);
}
