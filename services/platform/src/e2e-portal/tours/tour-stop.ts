import type { AccessibilityProblem } from '../browser';

/** One page a role's tour visited: its screenshot's name and what axe found serious or critical there. */
export interface TourStop {
  name: string;
  problems: AccessibilityProblem[];
}
