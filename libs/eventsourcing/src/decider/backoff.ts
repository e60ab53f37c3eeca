/**
 * Delay before retry `attempt` (1-based) of a command that lost a version race: short, growing, and jittered so
 * writers that collided once do not collide again in lockstep. `random` is injected to keep this pure.
 */
export function conflictBackoffMs(attempt: number, random: () => number, baseMs = 10, maxMs = 200): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
