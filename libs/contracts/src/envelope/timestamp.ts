import { timestampDate, timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { Timestamp } from '@bufbuild/protobuf/wkt';

export function toTimestamp(date: Date): Timestamp {
  return timestampFromDate(date);
}

/** Millisecond precision: what a JavaScript Date holds. */
export function fromTimestamp(timestamp: Timestamp): Date {
  return timestampDate(timestamp);
}
