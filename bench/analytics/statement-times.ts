import type { Pool, PoolClient } from 'pg';

export interface StatementTime {
  statement: string;
  calls: number;
  ms: number;
}

type Callback = (error: unknown, result: unknown) => void;
// pg's query has a dozen overloads; the wrapper forwards whatever it is given unchanged, so it sees them as unknown.
type AnyQuery = (...args: unknown[]) => unknown;

/**
 * Times every statement a pool's connections run, from the client's side (round trip included), grouped by the
 * statement's text with schema names taken out. Only the connections made after this is installed are timed.
 */
export class StatementTimes {
  private readonly byText = new Map<string, StatementTime>();

  instrument(pool: Pool): void {
    pool.on('connect', (client: PoolClient) => {
      const original = client.query.bind(client) as AnyQuery;
      const timed: AnyQuery = (...args) => {
        const started = performance.now();
        const text = textOf(args[0]);
        const record = (): void => this.record(text, performance.now() - started);
        const last = args[args.length - 1];
        if (typeof last === 'function') {
          const callback = last as Callback;
          args[args.length - 1] = (error: unknown, result: unknown) => {
            record();
            callback(error, result);
          };
          return original(...args);
        }
        const result = original(...args);
        if (result instanceof Promise) result.then(record, record);
        return result;
      };
      (client as unknown as { query: AnyQuery }).query = timed;
    });
  }

  totalMs(): number {
    return [...this.byText.values()].reduce((sum, entry) => sum + entry.ms, 0);
  }

  calls(): number {
    return [...this.byText.values()].reduce((sum, entry) => sum + entry.calls, 0);
  }

  top(count: number): StatementTime[] {
    return [...this.byText.values()].sort((a, b) => b.ms - a.ms).slice(0, count);
  }

  private record(text: string, ms: number): void {
    const entry = this.byText.get(text) ?? { statement: text, calls: 0, ms: 0 };
    entry.calls += 1;
    entry.ms += ms;
    this.byText.set(text, entry);
  }
}

function textOf(query: unknown): string {
  const raw = typeof query === 'string' ? query : typeof query === 'object' && query !== null && 'text' in query ? String(query.text) : '?';
  return raw.replace(/\s+/g, ' ').replace(/\banalytics(_rebuild)?\./g, '').trim().slice(0, 100);
}
