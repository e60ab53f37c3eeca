/**
 * Experience against goals: the coach's tags against the topics the requester chose, plus tags whose words the
 * requester used in their goals. Tags are numbered once per round so the pair loop compares small integers.
 */

/** Tags at which the part saturates: three relevant experiences are as good as it gets. */
const SATURATION = 3;

const STOP_WORDS = new Set(['and', 'the', 'for', 'with', 'from', 'into', 'has', 'have', 'had', 'who', 'was', 'are', 'been', 'their', 'your', 'our', 'about', 'after', 'over']);

function normalise(text: string): string {
  return text.trim().toLowerCase();
}

/** Words that carry meaning: three letters or more (not a stop word), or any number ("band-7" gives "band", "7"). */
export function significantWords(text: string): string[] {
  return normalise(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => (word.length >= 3 && !STOP_WORDS.has(word)) || /^\d+$/.test(word));
}

export class TagVocabulary {
  private readonly numbers = new Map<string, number>();
  readonly tags: string[] = [];
  private readonly words: string[][] = [];

  add(tag: string): number {
    const key = normalise(tag);
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.tags.length;
      this.numbers.set(key, number);
      this.tags.push(tag);
      this.words.push(significantWords(tag));
    }
    return number;
  }

  find(tag: string): number | undefined {
    return this.numbers.get(normalise(tag));
  }

  /** A tag is mentioned when at least half of its significant words (and at least two, or its only one) appear. */
  mentionedIn(goalWords: ReadonlySet<string>): number[] {
    const mentioned: number[] = [];
    this.words.forEach((words, number) => {
      if (words.length === 0) return;
      const found = words.filter((word) => goalWords.has(word)).length;
      if (found >= Math.min(2, words.length) && found * 2 >= words.length) mentioned.push(number);
    });
    return mentioned;
  }
}

export interface WantedTags {
  /** 1 at each vocabulary number the requester wants. */
  marks: Uint8Array;
  /** Matches needed for a full part: what they asked for, at most SATURATION; 0 when they asked for nothing. */
  target: number;
}

export function wantedTags(vocabulary: TagVocabulary, topics: readonly string[], goals: string): WantedTags {
  const marks = new Uint8Array(vocabulary.tags.length);
  let asked = 0;
  for (const topic of topics) {
    asked++;
    const number = vocabulary.find(topic);
    if (number !== undefined) marks[number] = 1;
  }
  for (const number of vocabulary.mentionedIn(new Set(significantWords(goals)))) {
    if (marks[number] === 0) asked++;
    marks[number] = 1;
  }
  return { marks, target: Math.min(asked, SATURATION) };
}

/** In [0, 1]; a requester who asked for nothing is not disappointed by anyone. */
export function experiencePart(wanted: WantedTags, coachTags: Int32Array): number {
  if (wanted.target === 0) return 1;
  let matches = 0;
  for (let index = 0; index < coachTags.length; index++) matches += wanted.marks[coachTags[index]];
  return Math.min(1, matches / wanted.target);
}

export function matchedTags(vocabulary: TagVocabulary, wanted: WantedTags, coachTags: Int32Array): string[] {
  return [...coachTags].filter((number) => wanted.marks[number] === 1).map((number) => vocabulary.tags[number]);
}
