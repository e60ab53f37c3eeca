import { Injectable } from '@nestjs/common';

/**
 * The time every training command is decided at. Injected rather than read, so tests can move to the day of a
 * training event (attendance is taken from that day) or past an approval's expiry without waiting.
 */
@Injectable()
export class TrainingClock {
  now(): Date {
    return new Date();
  }
}

/** A clock a test sets: starts at `start` and moves only when told. */
export class SettableClock extends TrainingClock {
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
