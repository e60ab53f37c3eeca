import { fromBinary, toBinary } from '@bufbuild/protobuf';
import type { Message } from '@bufbuild/protobuf';
import type { GenMessage } from '@bufbuild/protobuf/codegenv2';
import type { EventEnvelope } from '../gen/tapestry/common/v1/envelope_pb';
import { ContractDecodeError } from './contract-decode-error';

/** A context's topic message: the envelope plus one event (a oneof the consumer may not know yet). */
export type EnvelopedMessage = Message & { envelope?: EventEnvelope };

export function encodeEnveloped<T extends EnvelopedMessage>(schema: GenMessage<T>, message: T): Uint8Array {
  return toBinary(schema, message);
}

/**
 * Decodes and checks the envelope. Protobuf's wire format accepts many random byte strings, so a message without an
 * envelope naming its event counts as undecodable too. An unknown event case is not an error: newer producers add
 * cases, and consumers skip what they do not know.
 */
export function decodeEnveloped<T extends EnvelopedMessage>(schema: GenMessage<T>, bytes: Uint8Array): T {
  let message: T;
  try {
    message = fromBinary(schema, bytes);
  } catch (cause) {
    throw new ContractDecodeError(schema.typeName, (cause as Error).message, { cause });
  }
  const envelope = message.envelope;
  if (!envelope) throw new ContractDecodeError(schema.typeName, 'it has no envelope');
  if (!envelope.eventId) throw new ContractDecodeError(schema.typeName, 'its envelope has no event_id');
  if (!envelope.eventType) throw new ContractDecodeError(schema.typeName, 'its envelope has no event_type');
  return message;
}
