/**
 * Training dates and times are London wall-clock ones, and the platform decides on the real clock: a test that needs
 * "today" or "later today" works them out here the same way.
 */

export interface LondonNow {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since London midnight. */
  minutes: number;
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function londonNow(at: Date = new Date()): LondonNow {
  const part = (type: Intl.DateTimeFormatPartTypes): string => LONDON.formatToParts(at).find((candidate) => candidate.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The London date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last minute a slot can start at: it must end after it starts, by 23:59 the same day. */
const LAST_START = 23 * 60 + 58;

/**
 * A slot later today (London) starting at least `leadMinutes` from now, so that learners can still enrol and
 * acknowledge the booklet before it starts while the register can be taken today. In the last minutes of a London
 * day there is no such slot, so this waits for the next day (a few minutes at most) rather than fail.
 */
export async function slotLaterToday(leadMinutes: number): Promise<{ date: string; startTime: string; endTime: string }> {
  for (;;) {
    const now = londonNow();
    const start = now.minutes + leadMinutes + 1;
    if (start <= LAST_START) return { date: now.date, startTime: hhmm(start), endTime: hhmm(Math.min(start + 60, 23 * 60 + 59)) };
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
}
