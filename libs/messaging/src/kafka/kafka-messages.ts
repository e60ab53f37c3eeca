import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import type { RawMessage } from '../delivery/dead-letter';
import type { IncomingMessage } from '../transport';

export function toKafkaMessage(message: RawMessage): Message {
  const headers: IHeaders = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers[name] = value;
  }
  return { key: message.key, value: Buffer.from(message.value), headers };
}

function headerText(value: IHeaders[string]): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

export function fromKafkaMessage(topic: string, partition: number, message: KafkaMessage): IncomingMessage {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = headerText(value);
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? '',
    value: message.value ?? Buffer.alloc(0),
    headers,
  };
}

/** Kafka commits the offset of the next message to read. */
export function nextOffset(offset: string): string {
  return (BigInt(offset) + 1n).toString();
}
