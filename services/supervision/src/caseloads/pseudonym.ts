import { createHash } from 'node:crypto';

/**
 * How a requester appears on a caseload: a short, stable reference derived from the relationship id. It lets a
 * coach and supervisor talk about "R-3F9A1C2B" without naming the person, and it cannot be turned back into
 * the coachee's id because the coachee's id never goes into it.
 */
export function pseudonymFor(relationshipId: string): string {
  return `R-${createHash('sha256').update(`relationship:${relationshipId}`).digest('hex').slice(0, 8).toUpperCase()}`;
}
