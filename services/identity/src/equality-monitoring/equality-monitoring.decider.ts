import type { Decider } from '@tapestry/eventsourcing';
import { DomainError } from '@tapestry/eventsourcing';
import { assertNever } from '../common';
import type { CalendarDate } from '../common';
import type { EqualityMonitoringEvent } from './equality-monitoring.events';
import type { EqualityMonitoringState } from './equality-monitoring.state';
import { declarationOf, evolveEqualityMonitoring, initialEqualityMonitoringState } from './equality-monitoring.state';
import { ETHNICITIES, isEthnicity } from './ethnicity';

/** Where the person stands in identity's records, looked up by the handler before deciding. */
export type PersonStanding =
  | { status: 'absent' }
  | { status: 'active'; organisationId: string }
  | { status: 'left'; organisationId: string; leavingDate: CalendarDate };

/** A string, not Ethnicity: the decider is where an unknown group is refused. */
export interface RecordEthnicity {
  type: 'RecordEthnicity';
  personId: string;
  ethnicity: string;
  person: PersonStanding;
}
export interface ChangeSpecialCategoryObjection {
  type: 'ChangeSpecialCategoryObjection';
  personId: string;
  objecting: boolean;
  person: PersonStanding;
}
export type EqualityMonitoringCommand = RecordEthnicity | ChangeSpecialCategoryObjection;

function requireRegistered(person: PersonStanding, personId: string): Exclude<PersonStanding, { status: 'absent' }> {
  if (person.status === 'absent') {
    throw new DomainError('NOT_FOUND', `Person ${personId} is not registered, so has no equality-monitoring record.`, { personId });
  }
  return person;
}

function refuseLeaver(person: Exclude<PersonStanding, { status: 'absent' }>, what: string): void {
  if (person.status === 'left') {
    throw new DomainError('PERSON_HAS_LEFT', `You left on ${person.leavingDate}, so you can no longer ${what}.`, { leavingDate: person.leavingDate });
  }
}

export function decideEqualityMonitoring(command: EqualityMonitoringCommand, state: EqualityMonitoringState): EqualityMonitoringEvent[] {
  const { personId } = command;
  const person = requireRegistered(command.person, personId);
  const current = declarationOf(state);
  switch (command.type) {
    case 'RecordEthnicity': {
      refuseLeaver(person, 'change your ethnicity');
      const { ethnicity } = command;
      if (!isEthnicity(ethnicity)) {
        throw new DomainError('INVALID_ETHNICITY', `Unknown ethnic group "${ethnicity}"; use one of ${ETHNICITIES.join(', ')}.`, { field: 'ethnicity' });
      }
      if (ethnicity === current.ethnicity) return [];
      return [{ type: 'EthnicityRecorded', data: { personId, organisationId: person.organisationId, ethnicity } }];
    }
    case 'ChangeSpecialCategoryObjection': {
      // Objecting only narrows what is processed, so a leaver may still object; withdrawing an objection may not.
      if (!command.objecting) refuseLeaver(person, 'withdraw your objection');
      if (command.objecting === current.objecting) return [];
      return [{ type: 'SpecialCategoryObjectionChanged', data: { personId, organisationId: person.organisationId, objecting: command.objecting } }];
    }
    default:
      return assertNever(command);
  }
}

export const equalityMonitoringDecider: Decider<EqualityMonitoringCommand, EqualityMonitoringEvent, EqualityMonitoringState> = {
  decide: decideEqualityMonitoring,
  evolve: evolveEqualityMonitoring,
  initialState: initialEqualityMonitoringState,
};
