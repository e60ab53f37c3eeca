import { replayResult, type StoredEventId } from './conflict';

const ids = ['a', 'b'];
const stored = (overrides: Partial<StoredEventId>[] = [{}, {}]): StoredEventId[] =>
  overrides.map((override, index) => ({
    event_id: ids[index],
    stream_id: 's-1',
    stream_version: 4 + index,
    global_position: String(40 + index),
    ...override,
  }));

describe('replayResult', () => {
  it('recognises the same append stored before and returns its result', () => {
    expect(replayResult('s-1', ids, 3, stored())).toEqual({ nextExpectedVersion: 5, lastGlobalPosition: 41n });
    expect(replayResult('s-1', ids, 'any', stored())).toEqual({ nextExpectedVersion: 5, lastGlobalPosition: 41n });
  });

  it('matches rows to ids whatever order the database returned them in', () => {
    expect(replayResult('s-1', ids, 3, stored().reverse())).toEqual({ nextExpectedVersion: 5, lastGlobalPosition: 41n });
  });

  it('treats no_stream as a replay only of a stream that started with these events', () => {
    const fromStart = stored([{ stream_version: 1 }, { stream_version: 2 }]);
    expect(replayResult('s-1', ids, 'no_stream', fromStart)?.nextExpectedVersion).toBe(2);
    expect(replayResult('s-1', ids, 'no_stream', stored())).toBeUndefined();
  });

  it.each([
    ['an id is missing', 3, stored().slice(0, 1)],
    ['nothing is stored', 3, []],
    ['an event sits in another stream', 3, stored([{}, { stream_id: 's-2' }])],
    ['the versions are not consecutive', 3, stored([{}, { stream_version: 9 }])],
    ['the events are stored in the other order', 3, stored([{ stream_version: 5 }, { stream_version: 4 }])],
    ['the stored versions start elsewhere', 7, stored()],
  ] as const)('is no replay when %s', (_case, expected, rows) => {
    expect(replayResult('s-1', ids, expected, rows)).toBeUndefined();
  });
});
