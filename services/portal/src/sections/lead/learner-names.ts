/**
 * Training knows its learners by id only; their names come from identity's `person` query, which a programme lead may
 * read for the staff they lead. One aliased lookup per learner, in batches under the gateway's alias limit (30 an
 * operation), so a full training day with its waiting list still fits.
 */
export const NAMES_PER_CALL = 25;

export interface NamesCall {
  query: string;
  variables: Record<string, string>;
}

export interface PersonName {
  givenName: string;
  familyName: string;
}

/** The calls that name these learners, each id asked once. */
export function learnerNameCalls(ids: readonly string[]): NamesCall[] {
  const unique = [...new Set(ids)];
  const calls: NamesCall[] = [];
  for (let start = 0; start < unique.length; start += NAMES_PER_CALL) {
    const batch = unique.slice(start, start + NAMES_PER_CALL);
    const parameters = batch.map((_, index) => `$p${index}: ID!`).join(', ');
    const fields = batch.map((_, index) => `p${index}: person(id: $p${index}) { id givenName familyName }`).join(' ');
    calls.push({ query: `query LearnerNames(${parameters}) { ${fields} }`, variables: Object.fromEntries(batch.map((id, index) => [`p${index}`, id])) });
  }
  return calls;
}

/** Names by id from one call's answer; a person identity does not know (null) is left out. */
export function namesFrom(data: Record<string, (PersonName & { id: string }) | null>): Map<string, string> {
  const names = new Map<string, string>();
  for (const person of Object.values(data)) if (person) names.set(person.id, `${person.givenName} ${person.familyName}`);
  return names;
}

/** A learner's name, or words that still tell learners apart when it could not be read. */
export function learnerName(names: ReadonlyMap<string, string>, id: string): string {
  return names.get(id) ?? `Learner ${id.slice(0, 8)}`;
}
