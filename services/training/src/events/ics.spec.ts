import { FOUNDATION_MODULES } from '../catalogue';
import type { IcsCourse, IcsTrainingEvent } from './ics';
import { toIcs } from './ics';
import { foundationDayScheduled } from './training-event.fixtures';

const event: IcsTrainingEvent = { ...foundationDayScheduled.data, onlineLink: 'https://meet.example.nhs.uk/j/123?pwd=abc,def' };
const course: IcsCourse = { title: 'Coaching and mentoring foundation day', modules: [...FOUNDATION_MODULES] };
const octets = (line: string): number => new TextEncoder().encode(line).length;
const unfold = (ics: string): string[] => ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
const property = (ics: string, name: string): string | undefined =>
  unfold(ics)
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);

describe('a calendar invitation for a training event', () => {
  const ics = toIcs(event, course);

  it('is one VEVENT inside a VCALENDAR, every line ending in CRLF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines.slice(0, 6)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Tapestry//Training//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT']);
    expect(lines.slice(-2)).toEqual(['END:VEVENT', 'END:VCALENDAR']);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('carries a stable UID, the stamp, and the times in UTC', () => {
    expect(property(ics, 'UID')).toBe('event-1@training.tapestry');
    expect(property(ics, 'DTSTAMP')).toBe('20250401T120000Z');
    expect(property(ics, 'DTSTART')).toBe('20250612T083000Z');
    expect(property(ics, 'DTEND')).toBe('20250612T153000Z');
    expect(property(ics, 'STATUS')).toBe('CONFIRMED');
    expect(property(ics, 'SEQUENCE')).toBe('0');
  });

  it('names the course, the place and the link, escaping text but not the URL', () => {
    expect(property(ics, 'SUMMARY')).toBe('Coaching and mentoring foundation day');
    expect(property(ics, 'LOCATION')).toBe('Education Centre\\, Room 2');
    expect(property(ics, 'URL')).toBe('https://meet.example.nhs.uk/j/123?pwd=abc,def');
    expect(property(ics, 'DESCRIPTION')).toMatch(/^Facilitator: Dr Ruth Okafor\\nModules: Coaching vs mentoring/);
  });

  it('folds long lines at 75 octets, and unfolding gives the lines back', () => {
    const physical = ics.split('\r\n').slice(0, -1);
    expect(physical.every((line) => octets(line) <= 75)).toBe(true);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    expect(property(ics, 'DESCRIPTION')).toContain('The GROW model (Goal\\, Reality\\, Options\\, Will)');
  });

  it('says "Online" with no venue, and marks a cancelled event so calendars drop it', () => {
    const cancelled = toIcs({ ...event, venue: null, cancelledAt: '2025-05-02T10:15:00.000Z' }, course);
    expect(property(cancelled, 'LOCATION')).toBe('Online');
    expect(property(cancelled, 'STATUS')).toBe('CANCELLED');
    expect(property(cancelled, 'SEQUENCE')).toBe('1');
    expect(property(cancelled, 'DTSTAMP')).toBe('20250502T101500Z');
  });

  it('leaves the URL out when the event has no link', () => {
    expect(property(toIcs({ ...event, onlineLink: null }, course), 'URL')).toBeUndefined();
  });
});
