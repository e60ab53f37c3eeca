import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import { decodeIdentityEvent, encodeIdentityEvent, EventEnvelopeSchema, IdentityEventSchema } from '@tapestry/contracts';
import type { IncomingMessage, OutgoingMessage } from '../transport';

/** What a test consumer saw of one message. */
export interface Received {
  key: string;
  seq: number;
  eventId: string;
  partition: number;
  offset: string;
}

/** A real IdentityEvent (as identity's relay would send it) numbered `seq` within stream `key`. */
export function testMessage(topic: string, key: string, seq: number): OutgoingMessage {
  const eventId = randomUUID();
  const value = encodeIdentityEvent(
    create(IdentityEventSchema, {
      envelope: create(EventEnvelopeSchema, {
        eventId,
        eventType: 'PersonDetailsUpdated',
        streamId: key,
        streamVersion: BigInt(seq + 1),
        correlationId: `contract-${seq}`,
        schemaVersion: 1,
      }),
      event: { case: 'personDetailsUpdated', value: { personId: key, organisationId: 'org-1', displayName: `Name ${seq}` } },
    }),
  );
  return {
    topic,
    key,
    value,
    headers: { 'event-id': eventId, 'event-type': 'PersonDetailsUpdated', 'schema-version': '1', 'correlation-id': `contract-${seq}` },
  };
}

/** Bytes no IdentityEvent decoder accepts, with headers that look right: the poison message. */
export function poisonMessage(topic: string, key: string): OutgoingMessage {
  return {
    topic,
    key,
    value: Buffer.from('{"this":"is JSON, not protobuf"}'),
    headers: { 'event-id': randomUUID(), 'event-type': 'PersonDetailsUpdated', 'schema-version': '1', 'correlation-id': 'poison' },
  };
}

/** Decodes as a consumer does; throws ContractDecodeError (not retriable) on a poison message. */
export function decodeReceived(message: IncomingMessage): Received {
  const event = decodeIdentityEvent(message.value);
  const envelope = event.envelope;
  if (!envelope) throw new Error('decodeIdentityEvent returned a message without an envelope');
  return {
    key: envelope.streamId,
    seq: Number(envelope.streamVersion) - 1,
    eventId: envelope.eventId,
    partition: message.partition,
    offset: message.offset,
  };
}

/** `keys.length * perKey` messages, interleaved across keys, each key numbered 0..perKey-1. */
export function interleaved(topic: string, keys: readonly string[], perKey: number): OutgoingMessage[] {
  const messages: OutgoingMessage[] = [];
  for (let seq = 0; seq < perKey; seq += 1) for (const key of keys) messages.push(testMessage(topic, key, seq));
  return messages;
}

export function seqsByKey(received: readonly Received[]): Record<string, number[]> {
  const byKey: Record<string, number[]> = {};
  for (const message of received) (byKey[message.key] ??= []).push(message.seq);
  return byKey;
}

export function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
