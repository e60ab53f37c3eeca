/** Jest runs globalSetup and globalTeardown in the same parent process; this carries what to stop between them. */
const key = Symbol.for('tapestry.testing.teardown');
type Teardown = () => Promise<void>;

function registry(): Teardown[] {
  const holder = globalThis as unknown as Record<symbol, Teardown[] | undefined>;
  holder[key] ??= [];
  return holder[key];
}

export function registerTeardown(teardown: Teardown): void {
  registry().push(teardown);
}

export async function runTeardowns(): Promise<void> {
  const teardowns = registry().splice(0).reverse();
  for (const teardown of teardowns) await teardown();
}
