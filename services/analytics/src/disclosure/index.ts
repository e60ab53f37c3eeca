/**
 * # Disclosure control
 *
 * Every figure analytics publishes passes through here, so that no published figure, nor any combination
 * of them, reveals a group of fewer than 8 people. Pure functions, no I/O: the same table is published the
 * same way on every call, whatever the order of its rows.
 *
 * ## Rules
 * - Counts: 0 is shown as 0; 1 to 7 are withheld (SMALL_COUNT); the rest are rounded to the nearest 5
 *   (remainder 0-2 down, 3-4 up; counts are whole, so there is no tie). A shown count is at least 10 and
 *   within 2 of the truth.
 * - Rates (numerator out of base) and statistics (median, p90, mean, sum over a base of observations): withheld
 *   (SMALL_BASE) when the base is under 8. Rates are shown as whole percent (halves up), statistics to one
 *   decimal place. The base is shown as a count would be (0, withheld, or rounded to 5).
 * - Breakdowns (`publishTable`, one or two dimensions): the rules above, cell by cell, then secondary
 *   suppression (SECONDARY) of shown cells wherever a withheld small count could otherwise be worked out by
 *   differencing (for rates and statistics, the base is the count that is guarded). In the rare table where
 *   no secondary suppression is enough, the whole column is withheld (BREAKDOWN_WITHHELD), zeros included.
 * - Totals add up the shown cells only (a withheld cell counts as nothing; `incomplete` says one was left
 *   out). A rate's total is over its shown cells; a statistic's total has no value (see totals.ts).
 * - `aggregate` gives the table a coarser query would return: counts, numerators and bases summed;
 *   statistics keep only their summed base, since a median cannot be built from medians.
 *
 * ## Why it is safe
 * The attacker sees a breakdown, the ungrouped figure for the same scope and, for a two-dimensional one, the
 * breakdowns along each of its dimensions, all published by this same function; knows these rules; and may
 * know the grand total exactly whenever it is shown (breakdowns along other dimensions each narrow it).
 * Every published figure then tells them a range: a shown v means v-2 to v+2, a small count 1 to 7, a
 * SECONDARY cell at least 8, a withheld breakdown nothing. Cells, margins and grand total fit together as a
 * circulation whose constraint matrix is totally unimodular, so the values consistent with everything for any
 * one figure form an unbroken range of whole numbers. A small count is therefore safe exactly when one unit
 * can be pushed round a cycle through it without leaving any range (circulation.ts). Secondary suppressions
 * are added until that holds for every withheld small count: in the breakdown and in its published margins.
 * So every withheld small count keeps at least two values consistent with all that is published; tests check
 * this against a brute-force attacker.
 *
 * ## Not covered
 * - Breakdowns by three or more dimensions are refused (DisclosureError UNSUPPORTED_DIMENSIONS).
 * - Rates and statistics are guarded through their bases only: a rate of 0% or 100%, or differencing the
 *   ungrouped rate or mean against the shown cells, can still say something about a withheld group's numerator.
 * - Two 2-D breakdowns sharing a dimension narrow that dimension's margins further; only the grand total's
 *   narrowing is allowed for. An attacker who reasons from how the secondary cells were chosen is not modelled.
 */
export { aggregate } from './aggregate';
export { DisclosureError, type DisclosureErrorCode } from './disclosure-error';
export type { FigureTable, PublishedFigure, PublishedTable, RawFigure, SuppressionReason } from './figures';
export { publishFigure } from './publish-figure';
export { publishTable } from './publish-table';
