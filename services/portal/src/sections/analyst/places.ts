import type { ConsortiumMembers, OrganisationPlaces } from './filters';

/** Names for the scopes a person may choose, and the sites and directorates that narrow an organisation. */
export const PLACES = `query FigurePlaces { organisations { id name sites { id name } directorates { id name } } consortia { id name members { id name } } }`;

export interface Places {
  organisations: OrganisationPlaces[];
  consortia: ConsortiumMembers[];
}
