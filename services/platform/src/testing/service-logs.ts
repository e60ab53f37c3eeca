/** Enough to see what led up to a failure without holding a whole run's output. */
const MAX_LINES = 5_000;

/**
 * Holds the services' output back so a passing run stays quiet. TAPESTRY_E2E_LOGS=1 shows it as it happens instead.
 * `flush` writes what has gathered since the last flush, for a test that failed.
 */
export class ServiceLogs {
  private lines: string[] = [];
  private dropped = 0;
  readonly live = process.env.TAPESTRY_E2E_LOGS === '1';

  /** Where a service's output lines go (startServiceProcess's onLine): the buffer, or the terminal when live. */
  sink(name: string): (line: string) => void {
    return (line) => (this.live ? process.stderr.write(`[${name}] ${line}\n`) : this.add(`[${name}] ${line}`));
  }

  note(line: string): void {
    if (this.live) process.stderr.write(`${line}\n`);
    else this.add(line);
  }

  flush(heading: string): void {
    if (this.live || (this.lines.length === 0 && this.dropped === 0)) return;
    const skipped = this.dropped > 0 ? [`(${this.dropped} earlier lines not kept)`] : [];
    process.stderr.write([`\n----- ${heading} -----`, ...skipped, ...this.lines, '----- end of service logs -----', ''].join('\n'));
    this.lines = [];
    this.dropped = 0;
  }

  private add(line: string): void {
    this.lines.push(line);
    if (this.lines.length > MAX_LINES) {
      this.lines.shift();
      this.dropped += 1;
    }
  }
}
