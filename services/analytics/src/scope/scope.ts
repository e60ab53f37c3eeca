/** What a figure is about: one organisation or a consortium's members, optionally narrowed to a site, directorate or staff group. */
export interface ResolvedScope {
  kind: 'organisation' | 'consortium';
  /** The organisation, or the consortium. */
  id: string;
  name: string;
  organisationIds: string[];
  siteId: string | null;
  directorateId: string | null;
  staffGroup: string | null;
}

export const GROUP_DIMENSIONS = ['organisation', 'consortium', 'site', 'directorate', 'staffGroup', 'band', 'programme', 'month', 'ethnicity'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

/** A closed period of days, YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}
