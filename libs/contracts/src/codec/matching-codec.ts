import { MatchingEventSchema } from '../gen/tapestry/matching/v1/events_pb';
import type { MatchingEvent } from '../gen/tapestry/matching/v1/events_pb';
import { decodeEnveloped, encodeEnveloped } from './enveloped-codec';

export function encodeMatchingEvent(event: MatchingEvent): Uint8Array {
  return encodeEnveloped(MatchingEventSchema, event);
}

/** Throws ContractDecodeError (not retriable) for bytes that are not a MatchingEvent with an envelope. */
export function decodeMatchingEvent(bytes: Uint8Array): MatchingEvent {
  return decodeEnveloped(MatchingEventSchema, bytes);
}
