import type { Problem } from '../../api/api-error';

/** Training's cancelEvent names the reason's field 'Reason for cancelling' (requireText); both land on the one input. */
export const CANCEL_FIELDS: Record<string, string> = { reason: 'cancel-reason', 'Reason for cancelling': 'cancel-reason' };

/** Mirrors training's cancelEvent: requireText(reason, 'Reason for cancelling', 500), counted after trimming. */
export const MAX_REASON = 500;

export function cancelProblems(reason: string): Problem[] {
  const text = reason.trim();
  if (!text) return [{ message: 'Enter why the training event is cancelled', code: 'BAD_USER_INPUT', field: 'reason' }];
  if (text.length > MAX_REASON) return [{ message: `Reason must be ${MAX_REASON} characters or fewer`, code: 'BAD_USER_INPUT', field: 'reason' }];
  return [];
}

/** Who loses their place, for the warning before the lead confirms. */
export function cancelConsequence(placesTaken: number, waitingCount: number): string {
  const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);
  if (placesTaken === 0 && waitingCount === 0) return 'Nobody is enrolled or waiting yet.';
  const holding = placesTaken ? `${people(placesTaken)} holding a place` : '';
  const waiting = waitingCount ? `${people(waitingCount)} on the waiting list` : '';
  return `${[holding, waiting].filter(Boolean).join(' and ')} will lose ${placesTaken + waitingCount === 1 ? 'their place' : 'their places'}.`;
}
