import { SupervisionEventSchema } from '../gen/tapestry/supervision/v1/events_pb';
import type { SupervisionEvent } from '../gen/tapestry/supervision/v1/events_pb';
import { decodeEnveloped, encodeEnveloped } from './enveloped-codec';

export function encodeSupervisionEvent(event: SupervisionEvent): Uint8Array {
  return encodeEnveloped(SupervisionEventSchema, event);
}

/** Throws ContractDecodeError (not retriable) for bytes that are not a SupervisionEvent with an envelope. */
export function decodeSupervisionEvent(bytes: Uint8Array): SupervisionEvent {
  return decodeEnveloped(SupervisionEventSchema, bytes);
}
