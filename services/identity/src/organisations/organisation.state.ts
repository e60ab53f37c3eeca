import { ignoreUnknownEvent } from '../common';
import type { CalendarDate } from '../common';
import type { OrganisationKind } from './organisation-kind';
import type { OrganisationEvent } from './organisation.events';

export interface NamedPlace {
  id: string;
  name: string;
}

export interface LawfulBasis {
  basis: string;
  recordedBy: string;
  recordedOn: CalendarDate;
}

export type OrganisationState =
  | { status: 'absent' }
  | {
      status: 'active';
      organisationId: string;
      name: string;
      kind: OrganisationKind;
      odsCode: string | null;
      sites: NamedPlace[];
      directorates: NamedPlace[];
      /** Null until an admin records one, and again once it is withdrawn. */
      lawfulBasis: LawfulBasis | null;
    };

export const initialOrganisationState: OrganisationState = { status: 'absent' };

export function evolveOrganisation(state: OrganisationState, event: OrganisationEvent): OrganisationState {
  switch (event.type) {
    case 'OrganisationCreated':
      return { status: 'active', ...event.data, sites: [], directorates: [], lawfulBasis: null };
    case 'SiteAdded':
      if (state.status !== 'active') return state;
      return { ...state, sites: [...state.sites, { id: event.data.siteId, name: event.data.name }] };
    case 'DirectorateAdded':
      if (state.status !== 'active') return state;
      return {
        ...state,
        directorates: [...state.directorates, { id: event.data.directorateId, name: event.data.name }],
      };
    case 'LawfulBasisRecorded': {
      if (state.status !== 'active') return state;
      const { basis, recordedBy, recordedOn } = event.data;
      return { ...state, lawfulBasis: { basis, recordedBy, recordedOn } };
    }
    case 'LawfulBasisWithdrawn':
      if (state.status !== 'active') return state;
      return { ...state, lawfulBasis: null };
    default:
      ignoreUnknownEvent(event);
      return state;
  }
}
