import { setTimeout as sleep } from 'node:timers/promises';
import { SERVICE_DEFINITION_QUERY } from '@apollo/gateway';
import { GatewayStartupError } from './gateway-startup-error';
import type { SdlFetchPolicy, SubgraphEndpoint } from './subgraph-endpoint';

/**
 * Asks a subgraph for its federation SDL (`{ _service { sdl } }`, which subgraphs answer without a
 * principal), retrying while it may still be starting. Throws GatewayStartupError naming it.
 */
export async function fetchSubgraphSdl(subgraph: SubgraphEndpoint, policy: SdlFetchPolicy): Promise<string> {
  let lastFailure = 'no attempt was made';
  for (let attempt = 1; attempt <= policy.attempts; attempt += 1) {
    try {
      return await fetchOnce(subgraph, policy.timeoutMs);
    } catch (error) {
      lastFailure = describe(error);
    }
    if (attempt < policy.attempts) await sleep(policy.delayMs);
  }
  throw new GatewayStartupError(
    'SUBGRAPH_UNREACHABLE',
    [subgraph.name],
    `Subgraph "${subgraph.name}" at ${subgraph.url} did not return its schema after ${policy.attempts} attempts: ${lastFailure}. Is it running?`,
  );
}

async function fetchOnce({ url }: SubgraphEndpoint, timeoutMs: number): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SERVICE_DEFINITION_QUERY }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  const body = JSON.parse(text) as { data?: { _service?: { sdl?: unknown } }; errors?: { message: string }[] };
  const sdl = body.data?._service?.sdl;
  if (typeof sdl !== 'string') {
    const reason = body.errors?.map((e) => e.message).join('; ') ?? 'the answer held no _service.sdl';
    throw new Error(`not a federation subgraph: ${reason}`);
  }
  return sdl;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
