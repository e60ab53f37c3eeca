import type { PublishedFigure } from './figure-types';

/** The figures a dashboard leads with: demand, matching, relationships and sessions. */
export const HEADLINE_FIGURES = ['requests', 'introductions', 'relationshipsHeld', 'sessionsHeld', 'sessionsCancelled', 'coachesHolding'] as const;

/** The figures a breakdown table and its chart show: few enough columns to read on a laptop. */
export const BREAKDOWN_FIGURES = ['requests', 'introductions', 'relationshipsHeld', 'sessionsHeld'] as const;

interface FigureGroup {
  title: string;
  matches: (name: string) => boolean;
}

const GROUPS: readonly FigureGroup[] = [
  { title: 'Training and the pool', matches: (name) => name === 'peopleTrained' || name.startsWith('pool') || name.startsWith('backlog') },
  { title: 'Requests and matching', matches: (name) => name.startsWith('requests') || name.startsWith('introductions') || name.startsWith('daysRequest') || name === 'chemistrySuccess' },
  { title: 'Relationships', matches: (name) => name.startsWith('relationship') || name.startsWith('closureReason_') },
  { title: 'Sessions', matches: (name) => name.startsWith('session') || name === 'cadenceMonthlyNormMet' },
  { title: 'Cancellations and rescheduling', matches: (name) => name.startsWith('cancelled_') || name.startsWith('rescheduled_') },
  { title: 'Coaches, supervision and mixing', matches: (name) => name === 'coachesHolding' || name === 'loadShareBusiestTenth' || name.startsWith('crossSilo') || name === 'supervisionCoverage' },
];

/** Every figure in a titled group, in the order published; any figure no group names goes under "Other figures". */
export function groupFigures(figures: readonly PublishedFigure[]): { title: string; figures: PublishedFigure[] }[] {
  const placed = new Set<string>();
  const groups = GROUPS.map((group) => {
    const members = figures.filter((figure) => !placed.has(figure.name) && group.matches(figure.name));
    members.forEach((figure) => placed.add(figure.name));
    return { title: group.title, figures: members };
  });
  const rest = figures.filter((figure) => !placed.has(figure.name));
  return [...groups, { title: 'Other figures', figures: rest }].filter((group) => group.figures.length > 0);
}
