import type { Problem } from '../../api/api-error';

export interface PairDecisionInput {
  requestId: string;
  coachId: string;
  decision: string;
  reason: string;
}

/** Field names as the API reports them, so its errors and ours land on the same fields. */
export const PAIR_DECISION_FIELDS = { requestId: 'decision-request', coachId: 'decision-coach', decision: 'decision-kind', Reason: 'decision-reason' } as const;

/** What is missing before a pin or exclusion can be sent, in the NHS error summary's words. */
export function pairDecisionProblems(input: PairDecisionInput): Problem[] {
  const problems: Problem[] = [];
  if (!input.requestId) problems.push({ message: 'Select the requester', code: 'BAD_USER_INPUT', field: 'requestId' });
  if (!input.coachId) problems.push({ message: 'Select the coach or mentor', code: 'BAD_USER_INPUT', field: 'coachId' });
  if (input.decision !== 'pin' && input.decision !== 'exclude') problems.push({ message: 'Select whether to pin or exclude the pair', code: 'BAD_USER_INPUT', field: 'decision' });
  if (!input.reason.trim()) problems.push({ message: 'Enter the reason for your decision', code: 'BAD_USER_INPUT', field: 'Reason' });
  else if (input.reason.trim().length > 500) problems.push({ message: 'Reason must be 500 characters or fewer', code: 'BAD_USER_INPUT', field: 'Reason' });
  return problems;
}

/** The message for one field, if any problem names it. */
export const problemFor = (problems: readonly Problem[] | undefined, field: string): string | undefined => problems?.find((problem) => problem.field === field)?.message;
