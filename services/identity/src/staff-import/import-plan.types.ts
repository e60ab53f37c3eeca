import type { CalendarDate } from '../common';
import type { AddDirectorate, AddSite, NamedPlace } from '../organisations';
import type { MovePerson, PersonProfile, RegisterPerson, UpdatePerson } from '../people';

/** A person of the importing organisation as identity knows them now. */
export interface ExistingPerson {
  personId: string;
  status: 'active' | 'left';
  profile: PersonProfile;
}

/** What the handler reads before planning, so the plan itself stays pure. */
export interface ImportSnapshot {
  organisationId: string;
  people: ExistingPerson[];
  sites: NamedPlace[];
  directorates: NamedPlace[];
  /** Work emails of people in other organisations: emails are unique across Tapestry. */
  emailsElsewhere: ReadonlySet<string>;
}

export interface PlanOptions {
  /** Fresh ids for new people, sites and directorates. */
  newId: () => string;
  /** When moves found by this import take effect: the day of the import, as ESR says what is true now. */
  effectiveDate: CalendarDate;
}

export type ImportCommand = AddSite | AddDirectorate | RegisterPerson | UpdatePerson | MovePerson;

export interface ImportSummary {
  registered: number;
  updated: number;
  moved: number;
  unchanged: number;
  sitesCreated: number;
  directoratesCreated: number;
}

/**
 * The commands to run, in order: places first, then new people (managers before their reports), then
 * updates and moves. Each carries the facts its decider needs, worked out from the snapshot and the file,
 * so the whole plan can be decided and appended in one transaction: all or nothing.
 */
export interface ImportPlan {
  commands: ImportCommand[];
  summary: ImportSummary;
}
