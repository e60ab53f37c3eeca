/**
 * A well-formed session event that cannot count as accreditation evidence (no practitioner, an unknown role, an absurd
 * length). Retrying would fail the same way, so the consumer dead-letters it at once for someone to look at.
 */
export class UnusableEvidenceError extends Error {
  readonly code = 'UNUSABLE_PRACTICE_EVIDENCE';
  readonly retriable = false;

  constructor(
    readonly eventId: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Event ${eventId} cannot count as accreditation evidence: ${reason.replace(/\.$/, '')}. Correct it at its producer and publish it again.`, options);
    this.name = 'UnusableEvidenceError';
  }
}
