import { rename, writeFile } from 'node:fs/promises';
import { addDays, londonDateOf, londonWallTimeToUtc, type CalendarDate } from '@tapestry/domain';

/** Mid-day London: the same calendar day in UTC, so a day the scenario records is the day analytics files it under. */
const STEP_TIME = '12:00';

/**
 * Moves every service's clock (the TAPESTRY_CLOCK_OFFSET_FILE contract of ServiceClock) week by week from `weeks`
 * weeks ago to now. The file is replaced whole (write, then rename) so a service never reads half a number.
 */
export class ScenarioClock {
  readonly startDate: CalendarDate;
  private week = -1;

  constructor(
    private readonly offsetFile: string,
    readonly weeks: number,
    realToday: CalendarDate = londonDateOf(new Date()),
  ) {
    this.startDate = addDays(realToday, -7 * weeks);
  }

  /** The scenario's day in week `week` (0 is the launch; `weeks` is today). */
  dateOf(week: number): CalendarDate {
    return addDays(this.startDate, 7 * week);
  }

  /** The day services are at now. */
  get today(): CalendarDate {
    return this.dateOf(Math.max(this.week, 0));
  }

  get currentWeek(): number {
    return this.week;
  }

  /** Puts the services at mid-day of week `week`; the last week is the real now (offset 0). */
  async moveTo(week: number): Promise<void> {
    const offset = week >= this.weeks ? 0 : londonWallTimeToUtc(this.dateOf(week), STEP_TIME).getTime() - Date.now();
    await this.write(offset);
    this.week = week;
  }

  /** Back to the real time, whatever happened. */
  async reset(): Promise<void> {
    await this.write(0);
  }

  private async write(offset: number): Promise<void> {
    const draft = `${this.offsetFile}.next`;
    await writeFile(draft, `${Math.round(offset)}\n`);
    await rename(draft, this.offsetFile);
  }
}
