import type { Decider } from '@tapestry/eventsourcing';
import { DomainError } from '@tapestry/eventsourcing';
import { assertNever, nameKey, requireText } from '../common';
import type { CalendarDate } from '../common';
import { validLawfulBasis } from './lawful-basis';
import { requireOrganisationKind } from './organisation-kind';
import type { OrganisationEvent } from './organisation.events';
import type { NamedPlace, OrganisationState } from './organisation.state';
import { evolveOrganisation, initialOrganisationState } from './organisation.state';
import { normaliseOdsCode } from './ods-code';

export interface CreateOrganisation {
  type: 'CreateOrganisation';
  organisationId: string;
  name: string;
  /** A string, not OrganisationKind: the decider is where an unknown kind is refused. */
  kind: string;
  odsCode?: string | null;
}
export interface AddSite {
  type: 'AddSite';
  organisationId: string;
  siteId: string;
  name: string;
}
export interface AddDirectorate {
  type: 'AddDirectorate';
  organisationId: string;
  directorateId: string;
  name: string;
}
/** `recordedBy` is the admin's person id; `recordedOn` today's date, from the handler's clock. */
export interface RecordLawfulBasis {
  type: 'RecordLawfulBasis';
  organisationId: string;
  basis: string;
  recordedBy: string;
  recordedOn: CalendarDate;
}
export interface WithdrawLawfulBasis {
  type: 'WithdrawLawfulBasis';
  organisationId: string;
  withdrawnBy: string;
}
export type OrganisationCommand = CreateOrganisation | AddSite | AddDirectorate | RecordLawfulBasis | WithdrawLawfulBasis;

type ActiveOrganisation = Extract<OrganisationState, { status: 'active' }>;

function requireOrganisation(state: OrganisationState, organisationId: string, code = 'NOT_FOUND'): ActiveOrganisation {
  switch (state.status) {
    case 'absent':
      throw new DomainError(code, `Organisation ${organisationId} does not exist; create it first.`, { organisationId });
    case 'active':
      return state;
    default:
      return assertNever(state);
  }
}

function requireUniqueName(places: NamedPlace[], name: string, code: string, what: string, organisation: string): void {
  const clash = places.find((place) => nameKey(place.name) === nameKey(name));
  if (clash) {
    throw new DomainError(code, `${organisation} already has a ${what} called "${clash.name}"; use that one or pick another name.`, {
      existingId: clash.id,
    });
  }
}

export function decideOrganisation(command: OrganisationCommand, state: OrganisationState): OrganisationEvent[] {
  switch (command.type) {
    case 'CreateOrganisation': {
      if (state.status !== 'absent') {
        throw new DomainError('ORGANISATION_EXISTS', `Organisation ${command.organisationId} already exists.`, {
          organisationId: command.organisationId,
        });
      }
      const odsCode = command.odsCode?.trim() ? normaliseOdsCode(command.odsCode) : null;
      const data = {
        organisationId: command.organisationId,
        name: requireText(command.name, 'Organisation name'),
        kind: requireOrganisationKind(command.kind),
        odsCode,
      };
      return [{ type: 'OrganisationCreated', data }];
    }
    case 'AddSite': {
      const organisation = requireOrganisation(state, command.organisationId);
      const name = requireText(command.name, 'Site name');
      requireUniqueName(organisation.sites, name, 'DUPLICATE_SITE', 'site', organisation.name);
      return [{ type: 'SiteAdded', data: { organisationId: organisation.organisationId, siteId: command.siteId, name } }];
    }
    case 'AddDirectorate': {
      const organisation = requireOrganisation(state, command.organisationId);
      const name = requireText(command.name, 'Directorate name');
      requireUniqueName(organisation.directorates, name, 'DUPLICATE_DIRECTORATE', 'directorate', organisation.name);
      const data = { organisationId: organisation.organisationId, directorateId: command.directorateId, name };
      return [{ type: 'DirectorateAdded', data }];
    }
    case 'RecordLawfulBasis': {
      const { organisationId, lawfulBasis } = requireOrganisation(state, command.organisationId, 'UNKNOWN_ORGANISATION');
      const basis = validLawfulBasis(command.basis);
      // Recording the basis already in force changes nothing; re-dating it would suggest a new decision.
      if (lawfulBasis?.basis === basis) return [];
      return [{ type: 'LawfulBasisRecorded', data: { organisationId, basis, recordedBy: command.recordedBy, recordedOn: command.recordedOn } }];
    }
    case 'WithdrawLawfulBasis': {
      const { organisationId, lawfulBasis } = requireOrganisation(state, command.organisationId, 'UNKNOWN_ORGANISATION');
      if (!lawfulBasis) return [];
      return [{ type: 'LawfulBasisWithdrawn', data: { organisationId, withdrawnBy: command.withdrawnBy } }];
    }
    default:
      return assertNever(command);
  }
}

export const organisationDecider: Decider<OrganisationCommand, OrganisationEvent, OrganisationState> = {
  decide: decideOrganisation,
  evolve: evolveOrganisation,
  initialState: initialOrganisationState,
};
