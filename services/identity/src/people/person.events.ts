import type { DomainEvent } from '@tapestry/eventsourcing';
import type { CalendarDate } from '../common';
import type { Band, StaffGroup } from '../staff-groups';
import type { LeavingReason } from './leaving-reason';
import type { ShiftPattern } from './shift-pattern';

export interface PersonName {
  given: string;
  family: string;
}

/** A person as identity records them. "None" is null, not absent, so it survives JSON and protobuf alike. */
export interface PersonProfile {
  organisationId: string;
  /** ESR employee number, which lets a re-import find the person again. */
  employeeNumber: string | null;
  name: PersonName;
  email: string;
  jobTitle: string;
  staffGroup: StaffGroup;
  band: Band;
  siteId: string | null;
  directorateId: string | null;
  shiftPattern: ShiftPattern;
  clinical: boolean;
  lineManagerId: string | null;
  startDate: CalendarDate;
}

/** What a move changes: the facts progression and retention are measured from. */
export type Placement = Pick<PersonProfile, 'jobTitle' | 'staffGroup' | 'band' | 'siteId' | 'directorateId' | 'lineManagerId'>;
/** What an update changes: corrections and circumstances, not career steps. */
export type PersonalDetails = Pick<PersonProfile, 'name' | 'email' | 'shiftPattern' | 'clinical' | 'employeeNumber'>;

export type PersonRegistered = DomainEvent<'PersonRegistered', { personId: string } & PersonProfile>;
export type PersonDetailsUpdated = DomainEvent<'PersonDetailsUpdated', { personId: string; changes: Partial<PersonalDetails> }>;
/** `from` and `to` hold only the fields that changed, so a promotion reads as band 5 -> band 6. */
export type PersonMoved = DomainEvent<
  'PersonMoved',
  { personId: string; effectiveDate: CalendarDate; from: Partial<Placement>; to: Partial<Placement> }
>;
export type PersonLeft = DomainEvent<
  'PersonLeft',
  { personId: string; leavingDate: CalendarDate; reason: LeavingReason; detail: string | null }
>;

export type PersonEvent = PersonRegistered | PersonDetailsUpdated | PersonMoved | PersonLeft;
