import { Injectable } from '@nestjs/common';

/**
 * The time every matching command is decided at. Injected rather than read, so tests can move weeks ahead (a
 * chemistry follow-up falls due, six months pass) without waiting.
 */
@Injectable()
export class MatchingClock {
  now(): Date {
    return new Date();
  }
}

/** A clock a test sets: starts at `start` and moves only when told. */
export class SettableClock extends MatchingClock {
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
