import { postGraphQL, type GraphQLReply } from '../testing/graphql-client';

/** An operation the platform refused: its codes and message, and which operation it was. */
export class RefusedError extends Error {
  constructor(
    readonly operation: string,
    readonly codes: string[],
    readonly detail: string,
  ) {
    super(`${operation} was refused (${codes.join(', ') || 'no code'}): ${detail}`);
  }
}

const operationName = (query: string): string => /\b(?:query|mutation)\b[^{]*\{\s*(\w+)/.exec(query)?.[1] ?? query.slice(0, 40);

/** Refusals that only mean another service has not heard of a new person or coach yet. */
const NOT_YET = /not known to training yet|has not heard of|try again in a moment/i;

/**
 * The scenario's one way into the platform: the gateway, as any client. Replies with errors throw a RefusedError;
 * a refusal that only means "not propagated yet" is tried again for a while.
 */
export class GatewayClient {
  /** Calls made, for the run's summary. */
  calls = 0;

  constructor(readonly url: string) {}

  async call<Data = unknown>(query: string, variables: Record<string, unknown>, token?: string): Promise<Data> {
    const deadline = Date.now() + 60_000;
    for (let attempt = 1; ; attempt += 1) {
      this.calls += 1;
      const reply = await this.post<Data>(query, variables, token);
      const errors = reply.body.errors ?? [];
      if (errors.length === 0 && reply.body.data) return reply.body.data;
      const detail = errors.map((error) => error.message).join(' | ') || `HTTP ${reply.status} without data`;
      if (NOT_YET.test(detail) && Date.now() < deadline) {
        await sleep(Math.min(250 * attempt, 2_000));
        continue;
      }
      const codes = errors.map((error) => error.extensions?.code).filter((code): code is string => typeof code === 'string');
      throw new RefusedError(operationName(query), codes, detail);
    }
  }

  /** The gateway, a service or the network briefly failing is retried; a GraphQL error is an answer. */
  private async post<Data>(query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLReply<Data>> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const reply = await postGraphQL<Data>(this.url, query, { variables, token });
        if (reply.status < 500 || attempt >= 4 || reply.body.data) return reply;
      } catch (error) {
        if (attempt >= 4) throw error;
      }
      await sleep(500 * attempt);
    }
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` over `items`, `width` at a time: enough to keep two cores busy without flooding the gateway. Results
 * come back in the items' order.
 */
export async function inBatches<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>, width = 8): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return results;
}

/** Polls `probe` until it returns something, or fails saying what it waited for. */
export async function waitUntil<T>(description: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Gave up after ${timeoutMs / 1000} s waiting for ${description}.`);
    await sleep(500);
  }
}
