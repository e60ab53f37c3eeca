import { bandRank } from './agenda-for-change';
import { retainedThrough, spellAt } from './employment';
import type { EmploymentSpell } from './inputs';

/** What happened to one person between their index day and the horizon; null where it cannot be measured. */
export interface HorizonOutcomes {
  retained: boolean;
  bandIncrease: boolean | null;
  promotion: boolean | null;
}

/**
 * Outcomes at `horizon` for someone in `start` (their spell on the index day).
 * - Band increase: in the same organisation on the horizon day, on a higher Agenda for Change band than on the
 *   index day. Progression is measured inside the organisation (the evaluation asked whether staff progress
 *   there rather than leave), so someone no longer employed there on the horizon day has no increase. Null when
 *   either band is off the ladder.
 * - Promotion: a band increase together with a different job title (compared ignoring case and spacing). A
 *   higher band under the same title is a regrading of the post, not a move to a new one. Null when the band
 *   increase is null, or it is an increase and either title is blank.
 */
export function horizonOutcomes(history: readonly EmploymentSpell[] | undefined, start: EmploymentSpell, startDay: string, horizon: string): HorizonOutcomes {
  const retained = retainedThrough(history, start.organisationId, startDay, horizon);
  const startRank = bandRank(start.band);
  if (startRank === undefined) return { retained, bandIncrease: null, promotion: null };
  const end = spellAt(history, start.organisationId, horizon);
  if (!end) return { retained, bandIncrease: false, promotion: false };
  const endRank = bandRank(end.band);
  if (endRank === undefined) return { retained, bandIncrease: null, promotion: null };
  const bandIncrease = endRank > startRank;
  if (!bandIncrease) return { retained, bandIncrease, promotion: false };
  const before = tidyTitle(start.jobTitle);
  const after = tidyTitle(end.jobTitle);
  return { retained, bandIncrease, promotion: before && after ? before !== after : null };
}

function tidyTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}
