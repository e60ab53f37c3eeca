export const CONCERN_KINDS = ['ethical', 'safeguarding'] as const;
export type ConcernKind = (typeof CONCERN_KINDS)[number];

/**
 * Every event names its actor, so the stream is the audit trail: who raised, who read, who acknowledged, who
 * resolved. None of them is published; a concern's text never leaves supervision.
 */
export type ConcernEvent =
  | {
      type: 'ConcernRaised';
      data: {
        concernId: string;
        kind: ConcernKind;
        relationshipId: string;
        raisedBy: string;
        organisationId: string;
        summary: string;
        /** Who may read it besides the coach who raised it: their supervisors, and the programme lead where policy says so. */
        recipients: string[];
        raisedAt: string;
      };
    }
  | { type: 'ConcernViewed'; data: { concernId: string; viewedBy: string; viewedAt: string } }
  | { type: 'ConcernAcknowledged'; data: { concernId: string; acknowledgedBy: string; acknowledgedAt: string } }
  | { type: 'ConcernResolved'; data: { concernId: string; resolvedBy: string; resolution: string; resolvedAt: string } };
