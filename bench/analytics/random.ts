import { seededRandom } from '../matching/trust';

/** Draws from one seeded stream, so the same seed gives the same consortium, event for event, on every machine. */
export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  float(): number {
    return this.next();
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A whole number from `low` to `high`, both included. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let left = this.next() * total;
    for (const [choice, weight] of choices) {
      left -= weight;
      if (left < 0) return choice;
    }
    return choices[choices.length - 1][0];
  }

  /** A version-4-shaped UUID from the seeded stream (crypto.randomUUID would differ on every run). */
  uuid(): string {
    const hex: string[] = [];
    for (let index = 0; index < 4; index += 1) hex.push(Math.floor(this.next() * 0x1_0000_0000).toString(16).padStart(8, '0'));
    const digits = hex.join('');
    const variant = ((parseInt(digits[16], 16) & 0x3) | 0x8).toString(16);
    return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-4${digits.slice(13, 16)}-${variant}${digits.slice(17, 20)}-${digits.slice(20, 32)}`;
  }
}
