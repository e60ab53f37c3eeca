import { DomainError } from '@tapestry/eventsourcing';
import { optionalText, requireText } from '@tapestry/nest-kit';
import { distinctIgnoringCase } from '../common';
import type { FormatPreference, RequestPreferences } from '../optimiser/round.types';

const FORMATS: readonly FormatPreference[] = ['in_person', 'remote', 'either'];
export const MAX_TOPICS = 10;

export interface PreferencesInput {
  sameSite?: boolean | null;
  format?: string | null;
  shiftCompatible?: boolean | null;
  outsideDirectorate?: boolean | null;
  outsideStaffGroup?: boolean | null;
  outsideOrganisation?: boolean | null;
  notSameTeam?: boolean | null;
  gender?: string | null;
}

export function validFormat(value: string): FormatPreference {
  const format = value.toLowerCase() as FormatPreference;
  if (!FORMATS.includes(format)) {
    throw new DomainError('BAD_USER_INPUT', `Format must be IN_PERSON, REMOTE or EITHER; got "${value}".`, { field: 'format' });
  }
  return format;
}

/** Unset preferences mean "no preference", except the team rule, which protects psychological safety by default. */
export function validPreferences(input: PreferencesInput | null | undefined): RequestPreferences {
  return {
    site: input?.sameSite ? 'same' : 'any',
    format: input?.format ? validFormat(input.format) : 'either',
    shiftCompatible: input?.shiftCompatible ?? false,
    outsideDirectorate: input?.outsideDirectorate ?? false,
    outsideStaffGroup: input?.outsideStaffGroup ?? false,
    outsideOrganisation: input?.outsideOrganisation ?? false,
    notSameTeam: input?.notSameTeam ?? true,
    gender: optionalText(input?.gender, 'Gender preference', 40),
  };
}

export function validGoals(goals: string): string {
  return requireText(goals, 'Goals', 2000);
}

/** Topics are matched against coaches' tags, ignoring case. */
export function validTopics(topics: readonly string[] | null | undefined): string[] {
  const list = topics ?? [];
  if (list.length > MAX_TOPICS) {
    throw new DomainError('BAD_USER_INPUT', `Choose at most ${MAX_TOPICS} topics; got ${list.length}.`, { field: 'topics' });
  }
  return distinctIgnoringCase(list.map((topic) => requireText(topic, 'Topic', 80)));
}
