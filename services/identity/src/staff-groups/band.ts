import { assertNever } from '../common';

/**
 * Pay band or grade. NHS staff are on Agenda for Change bands 1-9 (band 8 split into ranges a-d) or on a
 * medical and dental grade; other employers in a consortium (police, schools, councils) have their own scales,
 * kept as free text so they can still be compared within that employer.
 */
export const AGENDA_FOR_CHANGE_BANDS = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const;
export type AgendaForChangeBand = (typeof AGENDA_FOR_CHANGE_BANDS)[number];

export const MEDICAL_GRADES = [
  'FY1', 'FY2', 'CT1', 'CT2', 'CT3', 'ST1', 'ST2', 'ST3', 'ST4', 'ST5', 'ST6', 'ST7', 'ST8', 'SAS', 'Consultant',
] as const;
export type MedicalGrade = (typeof MEDICAL_GRADES)[number];

export type Band =
  | { scheme: 'agenda_for_change'; band: AgendaForChangeBand }
  | { scheme: 'medical'; grade: MedicalGrade }
  | { scheme: 'other'; title: string };

export const MAX_OTHER_BAND_LENGTH = 100;

// "Band 6", "AfC Band 8a", "Review Body Band 8 - Range A" (ESR's own spelling), or a bare "6".
const AFC = /^(?:(?:agenda for change|afc|review body) )?(?:band )?(?:([1-7]|9)|8 ?(?:- ?)?(?:range )?([a-d]))$/;
const MEDICAL: [RegExp, (match: RegExpExecArray) => MedicalGrade][] = [
  [/^(?:fy|f|foundation year )([12])$/, (match) => `FY${match[1]}` as MedicalGrade],
  [/^(?:ct|core trainee )([1-3])$/, (match) => `CT${match[1]}` as MedicalGrade],
  [/^(?:st|specialty registrar(?: st)? ?)([1-8])$/, (match) => `ST${match[1]}` as MedicalGrade],
  [/^consultant$/, () => 'Consultant'],
  [/^(?:sas|specialty doctor|associate specialist|specialist|staff grade)$/, () => 'SAS'],
];

/** Reads a band or grade as written in an export or a form. Text that names no NHS band becomes "other". */
export function parseBand(text: string): Band | undefined {
  const title = text.trim().replace(/\s+/g, ' ');
  if (!title) return undefined;
  const wanted = title.toLowerCase();
  const afc = AFC.exec(wanted);
  if (afc) return { scheme: 'agenda_for_change', band: (afc[1] ?? `8${afc[2]}`) as AgendaForChangeBand };
  for (const [pattern, grade] of MEDICAL) {
    const match = pattern.exec(wanted);
    if (match) return { scheme: 'medical', grade: grade(match) };
  }
  return { scheme: 'other', title: title.slice(0, MAX_OTHER_BAND_LENGTH) };
}

/** True when `band` is well formed: a known band or grade, or "other" with a title. */
export function isValidBand(band: Band): boolean {
  switch (band.scheme) {
    case 'agenda_for_change':
      return (AGENDA_FOR_CHANGE_BANDS as readonly string[]).includes(band.band);
    case 'medical':
      return (MEDICAL_GRADES as readonly string[]).includes(band.grade);
    case 'other':
      return typeof band.title === 'string' && band.title.trim().length > 0 && band.title.length <= MAX_OTHER_BAND_LENGTH;
    default:
      // Bands arrive untyped from the edge: an unknown scheme is bad input, not a bug.
      return false;
  }
}

export function bandLabel(band: Band): string {
  switch (band.scheme) {
    case 'agenda_for_change':
      return `Band ${band.band}`;
    case 'medical':
      return band.grade;
    case 'other':
      return band.title;
    default:
      return assertNever(band);
  }
}

export function sameBand(a: Band, b: Band): boolean {
  return a.scheme === b.scheme && bandLabel(a) === bandLabel(b);
}
