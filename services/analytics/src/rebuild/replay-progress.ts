import type { MessagePosition } from '@tapestry/messaging';

const key = (topic: string, partition: number): string => `${topic}#${partition}`;

/**
 * How far a replay has got against the ends it must reach: the highest offset settled (applied, skipped as a
 * duplicate, or dead-lettered) per partition.
 */
export class ReplayProgress {
  private readonly settled = new Map<string, bigint>();
  private ends = new Map<string, bigint>();
  private count = 0;

  constructor(ends: readonly MessagePosition[]) {
    this.target(ends);
  }

  /** Sets the ends to reach: at the start, and again after the swap for the catch-up. */
  target(ends: readonly MessagePosition[]): void {
    this.ends = new Map(ends.map((end) => [key(end.topic, end.partition), BigInt(end.offset)]));
  }

  settle(position: MessagePosition): void {
    const id = key(position.topic, position.partition);
    const offset = BigInt(position.offset);
    if ((this.settled.get(id) ?? -1n) < offset) this.settled.set(id, offset);
    this.count += 1;
  }

  get messagesSettled(): number {
    return this.count;
  }

  /** Messages between the partitions' starts and the ends: what a replay from the beginning has to read. */
  get total(): number {
    return [...this.ends.values()].reduce((sum, end) => sum + Number(end), 0);
  }

  caughtUp(): boolean {
    return [...this.ends].every(([id, end]) => end === 0n || (this.settled.get(id) ?? -1n) >= end - 1n);
  }
}
