import { DomainError } from '@tapestry/eventsourcing';
import type { Programme, ScoreWeights } from '../optimiser/round.types';
import { DEFAULT_CAPACITY, MAX_CAPACITY } from '../coaches/coach.decider';
import { DEFAULT_WEIGHTS } from '../optimiser';

/** How an organisation runs one programme. Every organisation starts from DEFAULT_POLICY. */
export interface ProgrammePolicy {
  offered: boolean;
  /** The most relationships a coach holds at once in this organisation; never unbounded. */
  capacity: number;
  /** A coachee needs their line manager's release for coaching before asking. */
  releaseRequired: boolean;
  /** Days after the introduction before the lead follows up a chemistry meeting not yet recorded. */
  chemistryFollowUpDays: number;
  /** Days without a session before both are nudged. */
  sessionNudgeDays: number;
  /** Days a coach has to answer an introduction before they are flagged unresponsive and not proposed. */
  answerWithinDays: number;
  /** Days after a follow-up with no answer before the lead is told. */
  escalateAfterDays: number;
  /** Coaches and requests may be matched with other members of the organisation's consortia that share too. */
  shareAcrossConsortium: boolean;
  weights: ScoreWeights;
}


export const DEFAULT_POLICY: ProgrammePolicy = {
  offered: true,
  capacity: DEFAULT_CAPACITY,
  releaseRequired: false,
  chemistryFollowUpDays: 21,
  sessionNudgeDays: 42,
  answerWithinDays: 10,
  escalateAfterDays: 7,
  shareAcrossConsortium: false,
  weights: { ...DEFAULT_WEIGHTS },
};

function wholeNumberIn(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be a whole number from ${min} to ${max}; got ${value}.`, { field });
  }
  return value;
}

function validWeights(weights: ScoreWeights): ScoreWeights {
  for (const [name, value] of Object.entries(weights)) {
    if (!Number.isFinite(value) || value < 0 || value > 10) {
      throw new DomainError('BAD_USER_INPUT', `The ${name} weight must be from 0 to 10; got ${value}.`, { field: `weights.${name}` });
    }
  }
  if (Object.values(weights).every((value) => value === 0)) {
    throw new DomainError('BAD_USER_INPUT', 'At least one weight must be above 0, or every pair would score the same.', { field: 'weights' });
  }
  return weights;
}

export function validPolicy(policy: ProgrammePolicy): ProgrammePolicy {
  return {
    offered: policy.offered,
    capacity: wholeNumberIn(policy.capacity, 'Capacity', 1, MAX_CAPACITY),
    releaseRequired: policy.releaseRequired,
    chemistryFollowUpDays: wholeNumberIn(policy.chemistryFollowUpDays, 'Chemistry follow-up days', 1, 90),
    sessionNudgeDays: wholeNumberIn(policy.sessionNudgeDays, 'Session nudge days', 7, 120),
    answerWithinDays: wholeNumberIn(policy.answerWithinDays, 'Days to answer an introduction', 1, 60),
    escalateAfterDays: wholeNumberIn(policy.escalateAfterDays, 'Days before escalating', 1, 60),
    shareAcrossConsortium: policy.shareAcrossConsortium,
    weights: validWeights(policy.weights),
  };
}

export type PolicyEvent = { type: 'ProgrammePolicySet'; data: { organisationId: string; programme: Programme; policy: ProgrammePolicy; setBy: string } };

export const policyStreamId = (organisationId: string, programme: Programme): string => `policy-${organisationId}-${programme}`;
