import { londonOffsetMinutes } from '@tapestry/domain';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function instantOf(iso: string): Date {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`"${iso}" is not a date-time a mail can name`);
  return instant;
}

/** London's wall clock at the instant, read through the UTC getters. */
function londonWallClock(iso: string): { wall: Date; summerTime: boolean } {
  const instant = instantOf(iso);
  const offset = londonOffsetMinutes(instant);
  return { wall: new Date(instant.getTime() + offset * 60_000), summerTime: offset !== 0 };
}

/** `Tuesday 17 June 2025`: the day it is in London at the instant. */
export function londonDateWords(iso: string): string {
  const { wall } = londonWallClock(iso);
  return `${WEEKDAYS[wall.getUTCDay()]} ${wall.getUTCDate()} ${MONTHS[wall.getUTCMonth()]} ${wall.getUTCFullYear()}`;
}

/** `Tuesday 17 June 2025 at 14:30 (BST)`: people in the trust read times on the UK clock, summer time named. */
export function londonDateTimeWords(iso: string): string {
  const { wall, summerTime } = londonWallClock(iso);
  const time = `${String(wall.getUTCHours()).padStart(2, '0')}:${String(wall.getUTCMinutes()).padStart(2, '0')}`;
  return `${londonDateWords(iso)} at ${time} (${summerTime ? 'BST' : 'GMT'})`;
}

/** Whole days from one instant to a later one, for "asked 15 days ago". */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.floor((instantOf(toIso).getTime() - instantOf(fromIso).getTime()) / 86_400_000);
}
