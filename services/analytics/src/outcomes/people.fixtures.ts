import type { EmploymentSpell } from './inputs';

/** One person's employment in a test, written as a story: started, moved, maybe left. */
export interface PersonStory {
  id: string;
  organisationId?: string;
  staffGroup?: string;
  band: string;
  jobTitle?: string;
  serviceStart: string;
  /** First day of the first spell; the service start unless the story begins later. */
  from?: string;
  moves?: Array<{ on: string; band?: string; jobTitle?: string; staffGroup?: string }>;
  /** The leaving date: the first day no longer employed. */
  leftOn?: string;
}

export function spellsOf(story: PersonStory): EmploymentSpell[] {
  let current = {
    band: story.band,
    jobTitle: story.jobTitle ?? 'Staff Nurse',
    staffGroup: story.staffGroup ?? 'Nursing and Midwifery',
  };
  let from = story.from ?? story.serviceStart;
  const spells: EmploymentSpell[] = [];
  const spell = (to: string | null, left: boolean): EmploymentSpell => ({
    personId: story.id,
    organisationId: story.organisationId ?? 'trust-1',
    ...current,
    from,
    to,
    serviceStart: story.serviceStart,
    left,
  });
  for (const { on, ...change } of story.moves ?? []) {
    spells.push(spell(on, false));
    current = { ...current, ...change };
    from = on;
  }
  spells.push(spell(story.leftOn ?? null, story.leftOn !== undefined));
  return spells;
}

export function spellsOfEveryone(stories: readonly PersonStory[]): EmploymentSpell[] {
  return stories.flatMap(spellsOf);
}
