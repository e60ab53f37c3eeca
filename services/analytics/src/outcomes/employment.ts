import { addMonths } from '@tapestry/domain';
import type { EmploymentSpell } from './inputs';

/** Each person's spells, earliest first. */
export type EmploymentHistories = ReadonlyMap<string, readonly EmploymentSpell[]>;

export function employmentHistories(spells: readonly EmploymentSpell[]): EmploymentHistories {
  const byPerson = new Map<string, EmploymentSpell[]>();
  for (const spell of spells) {
    const own = byPerson.get(spell.personId);
    if (own) own.push(spell);
    else byPerson.set(spell.personId, [spell]);
  }
  for (const own of byPerson.values()) own.sort((a, b) => compareText(a.from, b.from) || compareText(a.organisationId, b.organisationId));
  return byPerson;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function covers(spell: EmploymentSpell, day: string): boolean {
  return spell.from <= day && (spell.to === null || day < spell.to);
}

/**
 * The spell a person is in on `day`. Someone holding posts in two organisations at once is counted where they
 * have served longest (earliest service start, then organisation id), so each person has one stratum a day.
 */
export function spellOn(history: readonly EmploymentSpell[] | undefined, day: string): EmploymentSpell | undefined {
  let chosen: EmploymentSpell | undefined;
  for (const spell of history ?? []) {
    if (!covers(spell, day)) continue;
    if (
      !chosen ||
      spell.serviceStart < chosen.serviceStart ||
      (spell.serviceStart === chosen.serviceStart && spell.organisationId < chosen.organisationId)
    ) {
      chosen = spell;
    }
  }
  return chosen;
}

/** The person's spell in `organisationId` on `day`, if employed there that day. */
export function spellAt(history: readonly EmploymentSpell[] | undefined, organisationId: string, day: string): EmploymentSpell | undefined {
  return (history ?? []).find((spell) => spell.organisationId === organisationId && covers(spell, day));
}

/**
 * Retained: employed by the organisation on every day from `start` to `horizon` inclusive, and no spell in
 * between ended in leaving. Leaving and being re-employed (retire and return) counts as leaving, as NHS leaver
 * figures count it. `to` is the first day without the post, so a leaving date on the horizon day is not retained.
 */
export function retainedThrough(history: readonly EmploymentSpell[] | undefined, organisationId: string, start: string, horizon: string): boolean {
  let day = start;
  for (;;) {
    const spell = spellAt(history, organisationId, day);
    if (!spell) return false;
    if (spell.to === null || spell.to > horizon) return true;
    if (spell.left) return false;
    day = spell.to;
  }
}

export type ServiceLengthBand = '<1y' | '1-2y' | '2-5y' | '5-10y' | '10y+';

/** Length of service on `day` in completed years (anniversaries calendar-wise), banded for matching. */
export function serviceLengthBand(serviceStart: string, day: string): ServiceLengthBand {
  const years = completedYears(serviceStart, day);
  if (years < 1) return '<1y';
  if (years < 2) return '1-2y';
  if (years < 5) return '2-5y';
  if (years < 10) return '5-10y';
  return '10y+';
}

function completedYears(start: string, day: string): number {
  if (day <= start) return 0;
  let years = Number(day.slice(0, 4)) - Number(start.slice(0, 4));
  while (years > 0 && addMonths(start, 12 * years) > day) years -= 1;
  return years;
}
