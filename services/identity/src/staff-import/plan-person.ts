import type { MovePerson, PersonProfile, UpdatePerson } from '../people';
import { sameBand } from '../staff-groups';
import type { EsrStaffRow } from './esr-row';

/** Where the file puts someone, resolved to ids; undefined where the file says nothing. */
export interface ResolvedPlacement {
  siteId: string | null | undefined;
  directorateId: string | null | undefined;
  lineManagerId: string | null | undefined;
}

/** Personal details the file changes for someone already in Tapestry; empty when it changes none. */
export function detailChanges(profile: PersonProfile, row: EsrStaffRow): UpdatePerson['changes'] {
  const changes: UpdatePerson['changes'] = {};
  if (row.name.given !== profile.name.given || row.name.family !== profile.name.family) changes.name = row.name;
  if (row.email !== profile.email) changes.email = row.email;
  if (row.shiftPattern !== undefined && row.shiftPattern !== profile.shiftPattern) changes.shiftPattern = row.shiftPattern;
  if (row.clinical !== undefined && row.clinical !== profile.clinical) changes.clinical = row.clinical;
  if (row.employeeNumber !== profile.employeeNumber) changes.employeeNumber = row.employeeNumber;
  return changes;
}

/** The move the file implies for someone already in Tapestry; empty when their placement is unchanged. */
export function placementChanges(profile: PersonProfile, row: EsrStaffRow, placement: ResolvedPlacement): MovePerson['changes'] {
  const changes: MovePerson['changes'] = {};
  if (row.jobTitle !== profile.jobTitle) changes.jobTitle = row.jobTitle;
  if (row.staffGroup !== profile.staffGroup) changes.staffGroup = row.staffGroup;
  if (!sameBand(row.band, profile.band)) changes.band = row.band;
  for (const key of ['siteId', 'directorateId', 'lineManagerId'] as const) {
    const value = placement[key];
    if (value !== undefined && value !== profile[key]) changes[key] = value;
  }
  return changes;
}
