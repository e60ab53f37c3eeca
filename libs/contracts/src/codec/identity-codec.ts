import { IdentityEventSchema } from '../gen/tapestry/identity/v1/events_pb';
import type { IdentityEvent } from '../gen/tapestry/identity/v1/events_pb';
import { decodeEnveloped, encodeEnveloped } from './enveloped-codec';

export function encodeIdentityEvent(event: IdentityEvent): Uint8Array {
  return encodeEnveloped(IdentityEventSchema, event);
}

/** Throws ContractDecodeError (not retriable) for bytes that are not an IdentityEvent with an envelope. */
export function decodeIdentityEvent(bytes: Uint8Array): IdentityEvent {
  return decodeEnveloped(IdentityEventSchema, bytes);
}
