import { Injectable } from '@nestjs/common';

/**
 * The time a service decides its commands at. Injected rather than read, so tests can move days or months ahead
 * (an approval expires, a follow-up falls due, supervision falls overdue) without waiting.
 */
@Injectable()
export class ServiceClock {
  now(): Date {
    return new Date();
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
