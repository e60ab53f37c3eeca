import type { AppendOptions, EventStore, ReadAllOptions } from '../store/event-store';
import type { AppendResult, NewEvent, RecordedEvent } from '../store/event.types';
import { ConcurrencyError } from '../store/errors';

/**
 * Just enough of the EventStore contract for unit specs of code written against the interface. The PostgreSQL store
 * itself is tested against a real database only.
 */
export class ScriptedEventStore implements EventStore {
  readonly events: RecordedEvent[] = [];
  /** Runs before each append: a spec slips a competing writer in here. */
  beforeAppend: (streamId: string) => void = () => undefined;

  append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.beforeAppend(streamId);
    const current = this.events.filter((event) => event.streamId === streamId).length;
    const expected = options.expectedVersion === 'no_stream' ? 0 : options.expectedVersion;
    if (expected !== 'any' && expected !== current) {
      return Promise.reject(new ConcurrencyError(streamId, String(expected), String(current)));
    }
    events.forEach((event, index) => {
      const position = BigInt(this.events.length + 1);
      this.events.push({
        globalPosition: position,
        transactionId: position,
        streamId,
        streamType: options.streamType,
        streamVersion: current + index + 1,
        eventId: event.eventId ?? `event-${position}`,
        type: event.type,
        data: event.data,
        metadata: options.metadata,
        recordedAt: new Date(0),
      });
    });
    return Promise.resolve({ nextExpectedVersion: current + events.length, lastGlobalPosition: BigInt(this.events.length) });
  }

  readStream(streamId: string): Promise<RecordedEvent[]> {
    return Promise.resolve(this.events.filter((event) => event.streamId === streamId));
  }

  readAll({ after, limit }: ReadAllOptions): Promise<RecordedEvent[]> {
    return Promise.resolve(this.events.filter((event) => event.globalPosition > after.globalPosition).slice(0, limit));
  }
}
