import type { Band } from '../staff-groups';
import type { PersonName } from './person.events';

/**
 * Facts about where a person is placed, looked up by the handler before deciding. Each is ignored when the
 * command does not name the thing it is about.
 */
export interface PlacementFacts {
  /** The site named in the command belongs to the person's organisation. */
  siteExists: boolean;
  /** The directorate named in the command belongs to the person's organisation. */
  directorateExists: boolean;
  /** The proposed line manager is a current (not left) person in the same organisation. */
  managerExists: boolean;
  /** The proposed manager's own managers, nearest first: `managerChainOf(lineManagerId, ...)`. */
  managerChain: readonly string[];
}

/** Field values are plain strings where the decider is the one to refuse unknown values. */
export interface RegisterPerson {
  type: 'RegisterPerson';
  personId: string;
  organisationId: string;
  employeeNumber?: string | null;
  name: PersonName;
  email: string;
  jobTitle: string;
  staffGroup: string;
  band: Band;
  siteId?: string | null;
  directorateId?: string | null;
  shiftPattern: string;
  clinical: boolean;
  lineManagerId?: string | null;
  startDate: string;
  facts: PlacementFacts & {
    organisationExists: boolean;
    /** Another person already has this (normalised) work email. */
    emailTaken: boolean;
  };
}

export interface UpdatePerson {
  type: 'UpdatePerson';
  personId: string;
  changes: {
    name?: PersonName;
    email?: string;
    shiftPattern?: string;
    clinical?: boolean;
    employeeNumber?: string | null;
  };
  /** `emailTaken`: another person (not this one) already has the new email. */
  facts: { emailTaken: boolean };
}

export interface MovePerson {
  type: 'MovePerson';
  personId: string;
  effectiveDate: string;
  /** Only what changes; null clears a site, directorate or manager. */
  changes: {
    jobTitle?: string;
    staffGroup?: string;
    band?: Band;
    siteId?: string | null;
    directorateId?: string | null;
    lineManagerId?: string | null;
  };
  facts: PlacementFacts;
}

export interface RecordLeaver {
  type: 'RecordLeaver';
  personId: string;
  leavingDate: string;
  reason: string;
  detail?: string | null;
}

export type PersonCommand = RegisterPerson | UpdatePerson | MovePerson | RecordLeaver;
