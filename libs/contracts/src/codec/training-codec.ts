import { TrainingEventSchema } from '../gen/tapestry/training/v1/events_pb';
import type { TrainingEvent } from '../gen/tapestry/training/v1/events_pb';
import { decodeEnveloped, encodeEnveloped } from './enveloped-codec';

export function encodeTrainingEvent(event: TrainingEvent): Uint8Array {
  return encodeEnveloped(TrainingEventSchema, event);
}

/** Throws ContractDecodeError (not retriable) for bytes that are not a TrainingEvent with an envelope. */
export function decodeTrainingEvent(bytes: Uint8Array): TrainingEvent {
  return decodeEnveloped(TrainingEventSchema, bytes);
}
