import type { Decider } from '@tapestry/eventsourcing';
import { DomainError } from '@tapestry/eventsourcing';
import { assertNever, normaliseEmail, requireText } from '../common';
import { sameBand } from '../staff-groups';
import { isLeavingReason, LEAVING_REASONS } from './leaving-reason';
import type { MovePerson, PersonCommand, RecordLeaver, RegisterPerson, UpdatePerson } from './person.commands';
import type { PersonalDetails, PersonEvent, PersonProfile, Placement } from './person.events';
import {
  checkPlacement,
  validBand,
  validDate,
  validEmail,
  validEmployeeNumber,
  validName,
  validShiftPattern,
  validStaffGroup,
} from './person.rules';
import type { PersonState } from './person.state';
import { evolvePerson, initialPersonState } from './person.state';

type ActivePerson = Extract<PersonState, { status: 'active' }>;

function requireCurrent(state: PersonState, personId: string): ActivePerson {
  switch (state.status) {
    case 'absent':
      throw new DomainError('NOT_FOUND', `Person ${personId} is not registered.`, { personId });
    case 'left':
      throw new DomainError('PERSON_HAS_LEFT', `This person left on ${state.leavingDate}; their record can no longer change.`, { personId });
    case 'active':
      return state;
    default:
      return assertNever(state);
  }
}

function register(command: RegisterPerson, state: PersonState): PersonEvent[] {
  if (state.status !== 'absent') {
    throw new DomainError('PERSON_EXISTS', `Person ${command.personId} is already registered.`, { personId: command.personId });
  }
  const { facts } = command;
  if (!facts.organisationExists) {
    throw new DomainError('UNKNOWN_ORGANISATION', `Organisation ${command.organisationId} does not exist.`, { field: 'organisationId' });
  }
  const profile: PersonProfile = {
    organisationId: command.organisationId,
    employeeNumber: validEmployeeNumber(command.employeeNumber),
    name: validName(command.name),
    email: validEmail(command.email, facts.emailTaken),
    jobTitle: requireText(command.jobTitle, 'Job title'),
    staffGroup: validStaffGroup(command.staffGroup),
    band: validBand(command.band),
    siteId: command.siteId ?? null,
    directorateId: command.directorateId ?? null,
    shiftPattern: validShiftPattern(command.shiftPattern),
    clinical: command.clinical,
    lineManagerId: command.lineManagerId ?? null,
    startDate: validDate(command.startDate, 'Start date'),
  };
  checkPlacement(command.personId, profile, facts);
  return [{ type: 'PersonRegistered', data: { personId: command.personId, ...profile } }];
}

function update(command: UpdatePerson, state: PersonState): PersonEvent[] {
  const { profile } = requireCurrent(state, command.personId);
  const { changes: wanted } = command;
  const changes: Partial<PersonalDetails> = {};
  if (wanted.name) {
    const name = validName(wanted.name);
    if (name.given !== profile.name.given || name.family !== profile.name.family) changes.name = name;
  }
  if (wanted.email !== undefined && normaliseEmail(wanted.email) !== profile.email) {
    changes.email = validEmail(wanted.email, command.facts.emailTaken);
  }
  if (wanted.shiftPattern !== undefined) {
    const shiftPattern = validShiftPattern(wanted.shiftPattern);
    if (shiftPattern !== profile.shiftPattern) changes.shiftPattern = shiftPattern;
  }
  if (wanted.clinical !== undefined && wanted.clinical !== profile.clinical) changes.clinical = wanted.clinical;
  if (wanted.employeeNumber !== undefined) {
    const employeeNumber = validEmployeeNumber(wanted.employeeNumber);
    if (employeeNumber !== profile.employeeNumber) changes.employeeNumber = employeeNumber;
  }
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'PersonDetailsUpdated', data: { personId: command.personId, changes } }];
}

/** Only the fields that really differ from the current placement: an unchanged "move" records nothing. */
function placementChanges(current: Placement, wanted: MovePerson['changes']): { from: Partial<Placement>; to: Partial<Placement> } {
  const from: Partial<Placement> = {};
  const to: Partial<Placement> = {};
  const note = <Key extends keyof Placement>(key: Key, value: Placement[Key], unchanged: boolean): void => {
    if (unchanged) return;
    from[key] = current[key];
    to[key] = value;
  };
  if (wanted.jobTitle !== undefined) {
    const jobTitle = requireText(wanted.jobTitle, 'Job title');
    note('jobTitle', jobTitle, jobTitle === current.jobTitle);
  }
  if (wanted.staffGroup !== undefined) {
    const staffGroup = validStaffGroup(wanted.staffGroup);
    note('staffGroup', staffGroup, staffGroup === current.staffGroup);
  }
  if (wanted.band !== undefined) {
    const band = validBand(wanted.band);
    note('band', band, sameBand(band, current.band));
  }
  for (const key of ['siteId', 'directorateId', 'lineManagerId'] as const) {
    const value = wanted[key];
    if (value !== undefined) note(key, value, value === current[key]);
  }
  return { from, to };
}

function move(command: MovePerson, state: PersonState): PersonEvent[] {
  const { profile } = requireCurrent(state, command.personId);
  const effectiveDate = validDate(command.effectiveDate, 'Effective date');
  if (effectiveDate < profile.startDate) {
    throw new DomainError('BAD_USER_INPUT', `A move cannot take effect on ${effectiveDate}, before this person started on ${profile.startDate}.`, {
      field: 'effectiveDate',
    });
  }
  const { from, to } = placementChanges(profile, command.changes);
  if (Object.keys(to).length === 0) return [];
  checkPlacement(command.personId, to, command.facts);
  return [{ type: 'PersonMoved', data: { personId: command.personId, effectiveDate, from, to } }];
}

function recordLeaver(command: RecordLeaver, state: PersonState): PersonEvent[] {
  const { profile } = requireCurrent(state, command.personId);
  const leavingDate = validDate(command.leavingDate, 'Leaving date');
  if (leavingDate < profile.startDate) {
    throw new DomainError('LEAVING_BEFORE_START', `A leaving date of ${leavingDate} is before this person started on ${profile.startDate}.`, {
      field: 'leavingDate',
    });
  }
  if (!isLeavingReason(command.reason)) {
    throw new DomainError('BAD_USER_INPUT', `Unknown leaving reason "${command.reason}"; use one of ${LEAVING_REASONS.join(', ')}.`, { field: 'reason' });
  }
  const detail = command.detail?.trim() ? requireText(command.detail, 'Leaving detail', 500) : null;
  return [{ type: 'PersonLeft', data: { personId: command.personId, leavingDate, reason: command.reason, detail } }];
}

export function decidePerson(command: PersonCommand, state: PersonState): PersonEvent[] {
  switch (command.type) {
    case 'RegisterPerson':
      return register(command, state);
    case 'UpdatePerson':
      return update(command, state);
    case 'MovePerson':
      return move(command, state);
    case 'RecordLeaver':
      return recordLeaver(command, state);
    default:
      return assertNever(command);
  }
}

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  decide: decidePerson,
  evolve: evolvePerson,
  initialState: initialPersonState,
};
