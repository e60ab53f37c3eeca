/** Who manages `id` now, or undefined at the top of a hierarchy (or for someone unknown). */
export type ManagerOf = (id: string) => string | undefined;

/**
 * The managers above `managerId`, nearest first: the `managerChain` fact a handler passes with a command that
 * sets `managerId` as someone's line manager. Stops at the top, or at a repeat so that a loop already in the
 * data cannot make it run forever.
 */
export function managerChainOf(managerId: string, managerOf: ManagerOf): string[] {
  const chain: string[] = [];
  const seen = new Set<string>([managerId]);
  for (let next = managerOf(managerId); next !== undefined && !seen.has(next); next = managerOf(next)) {
    chain.push(next);
    seen.add(next);
  }
  return chain;
}

/**
 * Whether making `proposedManagerId` the line manager of `personId` closes a loop (A manages B manages A, at
 * any length). Returns the loop as a path that starts and ends with `personId`, or undefined when there is none.
 */
export function detectManagerLoop(personId: string, proposedManagerId: string, managerOf: ManagerOf): string[] | undefined {
  if (proposedManagerId === personId) return [personId, personId];
  const chain = managerChainOf(proposedManagerId, managerOf);
  const back = chain.indexOf(personId);
  return back < 0 ? undefined : [personId, proposedManagerId, ...chain.slice(0, back + 1)];
}
