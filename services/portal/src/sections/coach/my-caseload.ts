import type { RelationshipSummary } from '../staff/coaching-api';

/** The relationships in which the signed-in person is the coach or mentor, split as their pages show them. */
export function asCoach(relationships: readonly RelationshipSummary[]): { introductions: RelationshipSummary[]; active: RelationshipSummary[]; ended: RelationshipSummary[] } {
  const mine = relationships.filter((relationship) => relationship.mySide === 'coach');
  return {
    introductions: mine.filter((relationship) => relationship.status === 'introduced'),
    active: mine.filter((relationship) => relationship.status === 'active'),
    ended: mine.filter((relationship) => relationship.status === 'closed' || relationship.status === 'declined'),
  };
}
