import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';

/**
 * The time a service decides its commands at. Injected rather than read, so tests can move days or months ahead
 * (an approval expires, a follow-up falls due, supervision falls overdue) without waiting.
 *
 * For a scenario played through the API (the evaluation scenario, the demo's year of history) every service of a
 * platform shares one shifted clock: TAPESTRY_CLOCK_OFFSET_FILE names a file holding a signed number of
 * milliseconds, read at every call, that is added to the real time. Unset, as in production, the clock is the real one.
 */
@Injectable()
export class ServiceClock {
  private readonly offsetFile = process.env.TAPESTRY_CLOCK_OFFSET_FILE || null;

  now(): Date {
    return new Date(Date.now() + (this.offsetFile ? offsetIn(this.offsetFile) : 0));
  }
}

/** A missing, empty or unreadable file is no offset: the scenario has not started, or has finished. */
function offsetIn(file: string): number {
  try {
    const offset = Number(readFileSync(file, 'utf8').trim() || '0');
    return Number.isFinite(offset) ? offset : 0;
  } catch {
    return 0;
  }
}

/** A clock a test sets: starts at `start` and moves only when told. */
export class SettableClock extends ServiceClock {
  constructor(private current: Date = new Date()) {
    super();
  }

  override now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}
