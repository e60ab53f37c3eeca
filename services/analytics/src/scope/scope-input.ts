/** A scope as a caller gives it: one organisation or consortium, or a site or directorate (which name their organisation). */
export interface ScopeRequest {
  organisationId?: string | null;
  consortiumId?: string | null;
  siteId?: string | null;
  directorateId?: string | null;
  staffGroup?: string | null;
}
