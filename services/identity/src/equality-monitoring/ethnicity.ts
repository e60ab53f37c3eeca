/**
 * The ONS 2021 census (England and Wales) high-level ethnic groups, with "prefer not to say" as a declaration in its own
 * right. Special-category data: only the person may record or read theirs, and it leaves identity only for analytics.
 */
export const ETHNICITIES = [
  'asian_or_asian_british',
  'black_black_british_caribbean_or_african',
  'mixed_or_multiple',
  'white',
  'other_ethnic_group',
  'prefer_not_to_say',
] as const;
export type Ethnicity = (typeof ETHNICITIES)[number];

/** The census wording, for whoever shows the choices to a person. */
export const ETHNICITY_LABELS: Readonly<Record<Ethnicity, string>> = {
  asian_or_asian_british: 'Asian, Asian British or Asian Welsh',
  black_black_british_caribbean_or_african: 'Black, Black British, Black Welsh, Caribbean or African',
  mixed_or_multiple: 'Mixed or Multiple ethnic groups',
  white: 'White',
  other_ethnic_group: 'Other ethnic group',
  prefer_not_to_say: 'Prefer not to say',
};

export function isEthnicity(value: string): value is Ethnicity {
  return (ETHNICITIES as readonly string[]).includes(value);
}
