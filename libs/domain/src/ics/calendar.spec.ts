import type { IcsEvent } from './calendar';
import { toIcsCalendar } from './calendar';
import { icsUtc } from './date-time';
import type { IcsContentLine } from './reader';
import { readIcs } from './reader';
import { unescapeText } from './text';

const chemistryMeeting: IcsEvent = {
  uid: 'rel-42-chemistry@matching.tapestry',
  stamp: '2025-06-02T09:00:00.000Z',
  start: '2025-06-17T13:30:00.000Z',
  end: '2025-06-17T14:30:00.000Z',
  summary: 'Chemistry meeting: Asha Patel and Ben Okafor',
  description: 'A first meeting, to see whether you would like to work together.\nEither of you may decline afterwards.',
  location: 'Education Centre, Room 2',
  status: 'CONFIRMED',
  organizer: { name: 'Lee Programme-Lead', email: 'lead@example.nhs.uk' },
  attendees: [
    { name: 'Asha Patel', email: 'asha.patel@example.nhs.uk' },
    { name: 'Okafor, Ben', email: 'ben.okafor@example.nhs.uk' },
  ],
};

const named = (lines: IcsContentLine[], name: string): IcsContentLine[] => lines.filter((line) => line.name === name);
const valueOf = (lines: IcsContentLine[], name: string): string | undefined => named(lines, name)[0]?.value;

describe('an invitation calendar', () => {
  const ics = toIcsCalendar({ prodId: '-//Tapestry//Matching//EN', method: 'REQUEST', events: [chemistryMeeting] });
  const lines = readIcs(ics);

  it('is one VEVENT inside a VCALENDAR asking for replies, every line ending in CRLF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.slice(0, 6).map((line) => `${line.name}:${line.value}`)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Tapestry//Matching//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
    ]);
    expect(lines.slice(-2).map((line) => `${line.name}:${line.value}`)).toEqual(['END:VEVENT', 'END:VCALENDAR']);
  });

  it('carries the UID, stamp, times in UTC, sequence and status', () => {
    expect(valueOf(lines, 'UID')).toBe('rel-42-chemistry@matching.tapestry');
    expect(valueOf(lines, 'DTSTAMP')).toBe('20250602T090000Z');
    expect(valueOf(lines, 'DTSTART')).toBe('20250617T133000Z');
    expect(valueOf(lines, 'DTEND')).toBe('20250617T143000Z');
    expect(valueOf(lines, 'SEQUENCE')).toBe('0');
    expect(valueOf(lines, 'STATUS')).toBe('CONFIRMED');
  });

  it('names the organizer and both attendees by name and mailto address', () => {
    expect(named(lines, 'ORGANIZER')).toEqual([
      { name: 'ORGANIZER', params: { CN: 'Lee Programme-Lead' }, value: 'mailto:lead@example.nhs.uk' },
    ]);
    const attendees = named(lines, 'ATTENDEE');
    expect(attendees.map((line) => [line.params.CN, line.value])).toEqual([
      ['Asha Patel', 'mailto:asha.patel@example.nhs.uk'],
      ['Okafor, Ben', 'mailto:ben.okafor@example.nhs.uk'],
    ]);
    expect(attendees.every((line) => line.params.RSVP === 'TRUE' && line.params.PARTSTAT === 'NEEDS-ACTION')).toBe(true);
  });

  it('escapes summary, description and location so they read back as written', () => {
    expect(unescapeText(valueOf(lines, 'DESCRIPTION') ?? '')).toBe(chemistryMeeting.description);
    expect(valueOf(lines, 'LOCATION')).toBe('Education Centre\\, Room 2');
    expect(unescapeText(valueOf(lines, 'SUMMARY') ?? '')).toBe(chemistryMeeting.summary);
  });

  it('leaves out what the event does not have', () => {
    const bare = readIcs(
      toIcsCalendar({
        prodId: '-//Tapestry//Test//EN',
        events: [{ uid: 'u-1', stamp: chemistryMeeting.stamp, start: chemistryMeeting.start, end: chemistryMeeting.end, summary: 'Bare' }],
      }),
    );
    const names = bare.map((line) => line.name);
    for (const absent of ['METHOD', 'DESCRIPTION', 'LOCATION', 'URL', 'ORGANIZER', 'ATTENDEE', 'STATUS']) expect(names).not.toContain(absent);
  });

  it('writes a cancellation with the same UID and a higher sequence', () => {
    const cancelled = readIcs(
      toIcsCalendar({ prodId: '-//Tapestry//Test//EN', method: 'CANCEL', events: [{ ...chemistryMeeting, sequence: 1, status: 'CANCELLED' }] }),
    );
    expect(valueOf(cancelled, 'METHOD')).toBe('CANCEL');
    expect(valueOf(cancelled, 'UID')).toBe(chemistryMeeting.uid);
    expect(valueOf(cancelled, 'SEQUENCE')).toBe('1');
    expect(valueOf(cancelled, 'STATUS')).toBe('CANCELLED');
  });
});

describe('what an invitation refuses to write', () => {
  it('a REQUEST with no organizer to reply to', () => {
    const { organizer: _organizer, ...noOrganizer } = chemistryMeeting;
    expect(() => toIcsCalendar({ prodId: '-//T//EN', method: 'REQUEST', events: [noOrganizer] })).toThrow(/ORGANIZER/);
  });

  it('an address that would break the line', () => {
    const attendees = [{ name: 'Mallory', email: 'mallory@example.org\r\nATTENDEE:mailto:x@example.org' }];
    expect(() => toIcsCalendar({ prodId: '-//T//EN', events: [{ ...chemistryMeeting, attendees }] })).toThrow(/not an email address/);
  });

  it('a time that is not a date', () => {
    expect(() => icsUtc('next Tuesday')).toThrow(/not a date-time/);
  });
});

describe('UTC date-times', () => {
  it('drops separators and milliseconds, whatever offset the instant was written with', () => {
    expect(icsUtc('2025-06-12T08:30:00.000Z')).toBe('20250612T083000Z');
    expect(icsUtc('2025-06-12T09:30:00+01:00')).toBe('20250612T083000Z');
    expect(icsUtc(new Date(Date.UTC(2025, 11, 31, 23, 59, 59, 999)))).toBe('20251231T235959Z');
  });
});
