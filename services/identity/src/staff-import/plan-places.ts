import { nameKey } from '../common';
import type { AddDirectorate, AddSite, NamedPlace } from '../organisations';
import type { EsrStaffRow } from './esr-row';

/**
 * Sites and directorates named in the file but unknown to Tapestry are created rather than reported: the ESR
 * export is the organisation's authoritative record of where its staff work, so a name there is real.
 */
export function planPlaces(
  rows: EsrStaffRow[],
  organisationId: string,
  existing: { sites: NamedPlace[]; directorates: NamedPlace[] },
  newId: () => string,
): { siteId: (name: string | null) => string | null; directorateId: (name: string | null) => string | null; commands: (AddSite | AddDirectorate)[] } {
  const commands: (AddSite | AddDirectorate)[] = [];
  const idsOf = (places: NamedPlace[], wanted: (string | null | undefined)[], add: (id: string, name: string) => AddSite | AddDirectorate) => {
    const ids = new Map(places.map((place) => [nameKey(place.name), place.id]));
    for (const name of wanted) {
      if (!name || ids.has(nameKey(name))) continue;
      const id = newId();
      ids.set(nameKey(name), id);
      commands.push(add(id, name));
    }
    return (name: string | null) => (name ? (ids.get(nameKey(name)) ?? null) : null);
  };
  const siteId = idsOf(
    existing.sites,
    rows.map((row) => row.site),
    (id, name) => ({ type: 'AddSite', organisationId, siteId: id, name }),
  );
  const directorateId = idsOf(
    existing.directorates,
    rows.map((row) => row.directorate),
    (id, name) => ({ type: 'AddDirectorate', organisationId, directorateId: id, name }),
  );
  return { siteId, directorateId, commands };
}
