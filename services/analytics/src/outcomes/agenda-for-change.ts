/**
 * Agenda for Change pay bands in order. Progression is only measured between bands on this ladder: medical
 * grades and other employers' scales have no single order against it, so they are "not comparable".
 */
export const AGENDA_FOR_CHANGE_ORDER = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const;
export type AgendaForChangeBand = (typeof AGENDA_FOR_CHANGE_ORDER)[number];

// The spellings identity accepts on import: "6", "Band 6", "AfC Band 8a", "Review Body Band 8 - Range A".
const AFC = /^(?:(?:agenda for change|afc|review body) )?(?:band )?(?:([1-7]|9)|8 ?(?:- ?)?(?:range )?([a-d]))$/;

function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The Agenda for Change band `text` names, or undefined when it names none. */
export function agendaForChangeBand(text: string): AgendaForChangeBand | undefined {
  const match = AFC.exec(tidy(text));
  if (!match) return undefined;
  return (match[1] ?? `8${match[2]}`) as AgendaForChangeBand;
}

/** Position on the ladder (0 for band 1), or undefined when `text` is not an Agenda for Change band. */
export function bandRank(text: string): number | undefined {
  const band = agendaForChangeBand(text);
  return band === undefined ? undefined : AGENDA_FOR_CHANGE_ORDER.indexOf(band);
}

/** The band as a matching key, so "Band 5" and "5" fall in the same stratum; other text is matched as written (tidied). */
export function bandKey(text: string): string {
  return agendaForChangeBand(text) ?? tidy(text);
}
