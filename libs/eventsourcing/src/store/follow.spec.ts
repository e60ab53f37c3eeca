import { AppendNotifications } from './append-notifications';
import { START, type Checkpoint, type RecordedEvent } from './event.types';
import { followEvents } from './follow';

const event = (transactionId: bigint, globalPosition: bigint): RecordedEvent => ({
  globalPosition,
  transactionId,
  streamId: 's',
  streamType: 't',
  streamVersion: Number(globalPosition),
  eventId: `e-${globalPosition}`,
  type: 'T',
  data: {},
  metadata: { correlationId: 'c' },
  recordedAt: new Date(0),
});

describe('followEvents', () => {
  it('reads on from the last event of each batch, waits when caught up, and returns where it stopped', async () => {
    const pages = [[event(5n, 1n), event(5n, 2n)], [event(7n, 3n)], [], [event(8n, 4n)]];
    const reads: Checkpoint[] = [];
    const controller = new AbortController();
    const seen: bigint[] = [];
    const reached = await followEvents(
      (after) => {
        reads.push(after);
        const page = pages.shift();
        if (page === undefined) controller.abort();
        return Promise.resolve(page ?? []);
      },
      START,
      (events) => {
        seen.push(...events.map((e) => e.globalPosition));
        return Promise.resolve();
      },
      AppendNotifications.pollingOnly(),
      { signal: controller.signal, pollMs: 1 },
    );
    expect(seen).toEqual([1n, 2n, 3n, 4n]);
    expect(reads).toEqual([
      START,
      { transactionId: 5n, globalPosition: 2n },
      { transactionId: 7n, globalPosition: 3n },
      { transactionId: 7n, globalPosition: 3n },
      { transactionId: 8n, globalPosition: 4n },
    ]);
    expect(reached).toEqual({ transactionId: 8n, globalPosition: 4n });
  });

  it('continues from the checkpoint a batch handler returns instead', async () => {
    const controller = new AbortController();
    const reads: Checkpoint[] = [];
    const moved = { transactionId: 90n, globalPosition: 900n };
    await followEvents(
      (after) => {
        reads.push(after);
        if (reads.length === 2) controller.abort();
        return Promise.resolve([event(5n, 1n)]);
      },
      START,
      () => Promise.resolve(moved),
      AppendNotifications.pollingOnly(),
      { signal: controller.signal },
    );
    expect(reads).toEqual([START, moved]);
  });

  it('stops waiting for the next poll as soon as it is aborted', async () => {
    const controller = new AbortController();
    const following = followEvents(() => Promise.resolve([]), START, () => Promise.resolve(), AppendNotifications.pollingOnly(), {
      signal: controller.signal,
      pollMs: 3_600_000,
    });
    controller.abort();
    await expect(following).resolves.toEqual(START);
  });
});
