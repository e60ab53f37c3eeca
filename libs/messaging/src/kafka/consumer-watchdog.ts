import type { Consumer } from 'kafkajs';

/**
 * Notices a consumer that has gone quiet: kafkajs can stop fetching without a crash event (a failed restart, a
 * rejected promise inside its runner; see tulios/kafkajs#659 and #1445). A live consumer fetches every few seconds
 * even when idle.
 */
export class ConsumerWatchdog {
  private lastSign = Date.now();
  private readonly timer: NodeJS.Timeout;

  /** `isBusy`: a handler is running; how long handlers take is not the watchdog's business. */
  constructor(consumer: Consumer, stallTimeoutMs: number, isBusy: () => boolean, onStall: () => void) {
    const touch = (): void => {
      this.lastSign = Date.now();
    };
    consumer.on(consumer.events.FETCH_START, touch);
    consumer.on(consumer.events.HEARTBEAT, touch);
    this.timer = setInterval(
      () => {
        if (isBusy()) touch();
        else if (Date.now() - this.lastSign > stallTimeoutMs) onStall();
      },
      Math.max(1_000, Math.floor(stallTimeoutMs / 4)),
    );
    this.timer.unref();
  }

  dispose(): void {
    clearInterval(this.timer);
  }
}
