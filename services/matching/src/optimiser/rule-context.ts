import type { RoundInput } from './round.types';

/** The round-wide facts the hard rules read besides the pair itself. */
export type RuleFacts = Pick<RoundInput, 'lineManagers' | 'sharingOrganisations' | 'declinedPairs' | 'exclusions'>;

/** Strings as small integers, so the pair loop compares numbers instead of hashing strings. */
export class Interner {
  private readonly numbers = new Map<string, number>();

  of(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(value, number);
    }
    return number;
  }

  /** -1 for null: a missing fact never equals another missing fact. */
  ofNullable(value: string | null): number {
    return value === null ? -1 : this.of(value);
  }

  get size(): number {
    return this.numbers.size;
  }
}

/**
 * Round-wide facts indexed for the pair loop: everything keyed by interned numbers, and the per-person sets
 * (declined pairs, exclusions) looked up once per request rather than once per pair.
 */
export interface RuleContext {
  persons: Interner;
  organisations: Interner;
  sites: Interner;
  directorates: Interner;
  staffGroups: Interner;
  genders: Interner;
  managerOf: ReadonlyMap<string, string | null>;
  /** Organisation number -> organisation numbers it may match across to. */
  sharingWith: ReadonlyMap<number, ReadonlySet<number>>;
  /** Person id -> person numbers they declined or were declined by, in either role: the pair is over for good. */
  declinedByRequester: ReadonlyMap<string, ReadonlySet<number>>;
  /** Request id -> coach person numbers the lead ruled out. */
  excludedByRequest: ReadonlyMap<string, ReadonlySet<number>>;
}

function addToSetMap<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export function buildRuleContext(facts: RuleFacts): RuleContext {
  const persons = new Interner();
  const organisations = new Interner();
  const sharingWith = new Map<number, Set<number>>();
  for (const [a, b] of facts.sharingOrganisations) {
    addToSetMap(sharingWith, organisations.of(a), organisations.of(b));
    addToSetMap(sharingWith, organisations.of(b), organisations.of(a));
  }
  const declinedByRequester = new Map<string, Set<number>>();
  for (const [requesterId, coachId] of facts.declinedPairs) {
    addToSetMap(declinedByRequester, requesterId, persons.of(coachId));
    addToSetMap(declinedByRequester, coachId, persons.of(requesterId));
  }
  const excludedByRequest = new Map<string, Set<number>>();
  for (const { requestId, coachId } of facts.exclusions) addToSetMap(excludedByRequest, requestId, persons.of(coachId));
  return {
    persons,
    organisations,
    sites: new Interner(),
    directorates: new Interner(),
    staffGroups: new Interner(),
    genders: new Interner(),
    managerOf: new Map(Object.entries(facts.lineManagers)),
    sharingWith,
    declinedByRequester,
    excludedByRequest,
  };
}
