import { prepareAppend } from './append.sql';
import { InvalidAppendError } from './errors';

const metadata = { correlationId: 'c-1' };
const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
const newId = (): string => ids[1];

describe('prepareAppend', () => {
  it('keeps supplied ids, makes up missing ones and encodes the batch as arrays', () => {
    const { eventIds, query } = prepareAppend(
      'person-1',
      [{ type: 'Registered', data: { name: 'Ada' }, eventId: ids[0] }, { type: 'Moved', data: undefined }],
      { streamType: 'person', expectedVersion: 3, metadata },
      null,
      newId,
    );
    expect(eventIds).toEqual(ids);
    expect(query.values).toEqual([
      'person-1',
      'person',
      JSON.stringify(metadata),
      3,
      ids,
      ['Registered', 'Moved'],
      ['{"name":"Ada"}', 'null'],
      null,
    ]);
  });

  it.each([
    ['no_stream', 0],
    ['any', null],
    [0, 0],
  ] as const)('counts versions for expected version %j up from %j', (expectedVersion, base) => {
    const { query } = prepareAppend('s', [{ type: 'T', data: {} }], { streamType: 't', expectedVersion, metadata }, null, newId);
    expect(query.values?.[3]).toBe(base);
  });

  it('passes the notification channel only when notifying, under a statement name of its own', () => {
    const quiet = prepareAppend('s', [{ type: 'T', data: {} }], { streamType: 't', expectedVersion: 'any', metadata }, null, newId);
    const loud = prepareAppend('s', [{ type: 'T', data: {} }], { streamType: 't', expectedVersion: 'any', metadata }, 'ch', newId);
    expect(quiet.query.values).toHaveLength(8);
    expect(loud.query.values?.[8]).toBe('ch');
    expect(loud.query.name).not.toBe(quiet.query.name);
    expect(loud.query.text).toContain('pg_notify');
    expect(quiet.query.text).not.toContain('pg_notify');
  });

  it('records the events at the time given (the service clock), or lets the database decide', () => {
    const clocked = prepareAppend('s', [{ type: 'T', data: {} }], { streamType: 't', expectedVersion: 'any', metadata }, null, newId, new Date('2025-03-01T09:00:00Z'));
    const unclocked = prepareAppend('s', [{ type: 'T', data: {} }], { streamType: 't', expectedVersion: 'any', metadata }, null, newId);
    expect(clocked.query.values?.[7]).toBe('2025-03-01T09:00:00.000Z');
    expect(unclocked.query.values?.[7]).toBeNull();
  });

  it.each([
    ['an empty stream id', '', [{ type: 'T', data: {} }], 0, /stream id is empty/],
    ['no events', 's', [], 0, /at least one event/],
    ['a negative expected version', 's', [{ type: 'T', data: {} }], -1, /not a whole number/],
    ['a fractional expected version', 's', [{ type: 'T', data: {} }], 1.5, /not a whole number/],
    ['an event id that is not a UUID', 's', [{ type: 'T', data: {}, eventId: 'abc' }], 0, /"abc" .* is not a UUID/],
    ['two events with one id', 's', [{ type: 'T', data: {}, eventId: ids[0] }, { type: 'T', data: {}, eventId: ids[0] }], 0, /share an id/],
  ])('refuses %s', (_case, streamId, events, expectedVersion, message) => {
    const prepare = () => prepareAppend(streamId, events, { streamType: 't', expectedVersion, metadata }, null, newId);
    expect(prepare).toThrow(InvalidAppendError);
    expect(prepare).toThrow(message);
  });
});
