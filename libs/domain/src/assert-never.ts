/**
 * Exhaustiveness for a switch over statuses or commands: a new case left unhandled fails to compile. Reaching
 * it at run time is a bug in the caller, not bad input, so it throws a plain Error.
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

/**
 * Exhaustiveness for `evolve`: a new event type left unhandled fails to compile, while at run time an event
 * type written by a newer version of the service is skipped rather than breaking the fold.
 */
export function ignoreUnknownEvent(_event: never): void {
  return;
}
