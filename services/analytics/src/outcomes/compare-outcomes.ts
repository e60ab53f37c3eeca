import { addMonths, validDate } from '@tapestry/domain';
import { bandKey } from './agenda-for-change';
import { employmentHistories, serviceLengthBand, spellOn, type EmploymentHistories } from './employment';
import { horizonOutcomes, type HorizonOutcomes } from './horizon-outcomes';
import { ROLES, type EmploymentSpell, type Participation, type Role } from './inputs';
import { weightedEstimate, type OutcomeEstimate, type StratumOutcomes } from './weighted-estimate';

export type HorizonMonths = 6 | 12 | 24;

export interface CompareOutcomesInput {
  spells: readonly EmploymentSpell[];
  participations: readonly Participation[];
  /** Participants whose first (matching) participation began in [cohortFrom, cohortTo], both inclusive. */
  cohortFrom: string;
  cohortTo: string;
  horizonMonths: HorizonMonths;
  /** Data is known up to and including this day. */
  asOf: string;
  role?: Role;
  programme?: string;
}

export interface OutcomeComparison {
  cohortFrom: string;
  cohortTo: string;
  horizonMonths: HorizonMonths;
  asOf: string;
  role: Role | null;
  programme: string | null;
  /** People whose first matching participation began in the cohort window: the four counts below add up to it. */
  participants: number;
  /** Index day + horizon falls after `asOf`. */
  notYetObservable: number;
  /** No employment spell covers the index day (e.g. a consortium partner's staff we hold no record for). */
  notEmployedAtIndex: number;
  matchedParticipants: number;
  /** In a stratum with no comparison person: left out of every difference. */
  unmatchedParticipants: number;
  /** Distinct comparison people in matched strata. */
  comparisonPeople: number;
  /** Strata (organisation, staff group, band, service length, index month) holding matched participants. */
  matchedStrata: number;
  retention: OutcomeEstimate;
  bandIncrease: OutcomeEstimate;
  promotion: OutcomeEstimate;
}

/**
 * Participants against matched people who had not yet taken part, `horizonMonths` after each participant's index day.
 *
 * Matching is coarsened exact matching on organisation, staff group, band and length of service band on the
 * index day, within the index month. Comparison people for an index month are those employed on its first day
 * who had not taken part, in any role of any programme, by the end of that month (as known at `asOf`); they are
 * indexed on the first day and followed for the same number of months. This is a sequence of monthly target
 * trials: someone who takes part later is a comparison person for earlier index months and followed as such
 * even after they start (as assigned, like intention to treat). Excluding everyone who ever took part instead
 * would leave in the comparison group the people who left early, having had less time to take part, and
 * flatter the programme's retention. Whoever starts within the index month belongs to the participants' side
 * of that month, so no participant is compared with themselves.
 *
 * Indexing at the month's first day gives each comparison person one index per month (participants in a
 * stratum start on different days), and both groups are followed for exactly the horizon, both conditioned on
 * being employed on their index day. See `weightedEstimate` for the weights and the interval.
 */
export function compareOutcomes(input: CompareOutcomesInput): OutcomeComparison {
  return compareWithin(prepare(input), input);
}

export interface OutcomesByRoleAndProgramme {
  all: OutcomeComparison;
  /** One per (role, programme) with a participation starting in the cohort window, by role then programme. */
  byRoleAndProgramme: OutcomeComparison[];
}

export function outcomesByRoleAndProgramme(input: Omit<CompareOutcomesInput, 'role' | 'programme'>): OutcomesByRoleAndProgramme {
  const shared = prepare(input);
  const pairs = new Map<string, { role: Role; programme: string }>();
  for (const participation of input.participations) {
    if (participation.startedOn < input.cohortFrom || participation.startedOn > input.cohortTo || participation.startedOn > input.asOf) continue;
    pairs.set(JSON.stringify([participation.role, participation.programme]), { role: participation.role, programme: participation.programme });
  }
  const ordered = [...pairs.values()].sort(
    (a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || (a.programme < b.programme ? -1 : a.programme > b.programme ? 1 : 0),
  );
  return {
    all: compareWithin(shared, { ...input }),
    byRoleAndProgramme: ordered.map((pair) => compareWithin(shared, { ...input, ...pair })),
  };
}

interface Prepared {
  histories: EmploymentHistories;
  /** The day each person first took part, in any role of any programme, known by `asOf`. */
  firstTookPart: ReadonlyMap<string, string>;
}

function prepare(input: Omit<CompareOutcomesInput, 'role' | 'programme'>): Prepared {
  validDate(input.cohortFrom, 'cohortFrom');
  validDate(input.cohortTo, 'cohortTo');
  validDate(input.asOf, 'asOf');
  const firstTookPart = new Map<string, string>();
  for (const participation of input.participations) {
    if (participation.startedOn > input.asOf) continue;
    const known = firstTookPart.get(participation.personId);
    if (known === undefined || participation.startedOn < known) firstTookPart.set(participation.personId, participation.startedOn);
  }
  return { histories: employmentHistories(input.spells), firstTookPart };
}

interface Stratum {
  monthStart: string;
  participants: HorizonOutcomes[];
  comparison: Array<{ personId: string; outcomes: HorizonOutcomes }>;
}

function compareWithin(prepared: Prepared, input: CompareOutcomesInput): OutcomeComparison {
  const { histories } = prepared;
  const indexDays = firstMatchingStart(input);
  let notYetObservable = 0;
  let notEmployedAtIndex = 0;
  const strata = new Map<string, Stratum>();

  for (const [personId, indexDay] of indexDays) {
    const horizon = addMonths(indexDay, input.horizonMonths);
    if (horizon > input.asOf) {
      notYetObservable += 1;
      continue;
    }
    const history = histories.get(personId);
    const spell = spellOn(history, indexDay);
    if (!spell) {
      notEmployedAtIndex += 1;
      continue;
    }
    const monthStart = `${indexDay.slice(0, 7)}-01`;
    const key = stratumKey(spell, indexDay, monthStart);
    const stratum = strata.get(key) ?? { monthStart, participants: [], comparison: [] };
    stratum.participants.push(horizonOutcomes(history, spell, indexDay, horizon));
    strata.set(key, stratum);
  }

  const monthStarts = new Set([...strata.values()].map((stratum) => stratum.monthStart));
  for (const [personId, history] of histories) {
    const tookPartOn = prepared.firstTookPart.get(personId);
    for (const monthStart of monthStarts) {
      if (tookPartOn !== undefined && tookPartOn < addMonths(monthStart, 1)) continue;
      const spell = spellOn(history, monthStart);
      if (!spell) continue;
      const stratum = strata.get(stratumKey(spell, monthStart, monthStart));
      if (!stratum) continue;
      stratum.comparison.push({ personId, outcomes: horizonOutcomes(history, spell, monthStart, addMonths(monthStart, input.horizonMonths)) });
    }
  }

  const matched = [...strata.values()].filter((stratum) => stratum.comparison.length > 0);
  const participantsIn = (list: readonly Stratum[]): number => list.reduce((sum, stratum) => sum + stratum.participants.length, 0);
  const matchedParticipants = participantsIn(matched);
  const outcome = (pick: (outcomes: HorizonOutcomes) => boolean | null): OutcomeEstimate =>
    weightedEstimate(
      matched.map(
        (stratum): StratumOutcomes => ({
          participants: stratum.participants.map(pick),
          comparison: stratum.comparison.map((row) => ({ personId: row.personId, event: pick(row.outcomes) })),
        }),
      ),
    );
  const retention = outcome((o) => o.retained);

  return {
    cohortFrom: input.cohortFrom,
    cohortTo: input.cohortTo,
    horizonMonths: input.horizonMonths,
    asOf: input.asOf,
    role: input.role ?? null,
    programme: input.programme ?? null,
    participants: indexDays.size,
    notYetObservable,
    notEmployedAtIndex,
    matchedParticipants,
    unmatchedParticipants: participantsIn([...strata.values()]) - matchedParticipants,
    comparisonPeople: retention.comparison.people,
    matchedStrata: matched.length,
    retention,
    bandIncrease: outcome((o) => o.bandIncrease),
    promotion: outcome((o) => o.promotion),
  };
}

/**
 * Each person's index day: their earliest participation matching the role and programme filters, known by
 * `asOf`, kept only when it falls in the cohort window. Someone who first took part before the window is not a
 * new participant in it.
 */
function firstMatchingStart(input: CompareOutcomesInput): Map<string, string> {
  const earliest = new Map<string, string>();
  for (const participation of input.participations) {
    if (input.role !== undefined && participation.role !== input.role) continue;
    if (input.programme !== undefined && participation.programme !== input.programme) continue;
    if (participation.startedOn > input.asOf) continue;
    const known = earliest.get(participation.personId);
    if (known === undefined || participation.startedOn < known) earliest.set(participation.personId, participation.startedOn);
  }
  for (const [personId, day] of earliest) {
    if (day < input.cohortFrom || day > input.cohortTo) earliest.delete(personId);
  }
  return earliest;
}

function stratumKey(spell: EmploymentSpell, day: string, monthStart: string): string {
  const staffGroup = spell.staffGroup.trim().replace(/\s+/g, ' ').toLowerCase();
  return JSON.stringify([spell.organisationId, staffGroup, bandKey(spell.band), serviceLengthBand(spell.serviceStart, day), monthStart]);
}
