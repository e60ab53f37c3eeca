import type { RecordedEvent } from '@tapestry/eventsourcing';
import type { MessageHeaders, OutgoingMessage } from '../transport';

/** The headers DESIGN.md lists, from a stored event: consumers can route and dedupe without decoding the value. */
export function headersFor(event: RecordedEvent): MessageHeaders {
  const { metadata } = event;
  return {
    'event-id': event.eventId,
    'event-type': event.type,
    'schema-version': String(metadata.schemaVersion ?? 1),
    'correlation-id': metadata.correlationId,
    ...(metadata.causationId ? { 'causation-id': metadata.causationId } : {}),
    ...(metadata.organisationId ? { 'organisation-id': metadata.organisationId } : {}),
  };
}

/** A stored event as a message on `topic`, keyed by its stream so one aggregate's events stay in order. */
export function outgoingMessageFor(event: RecordedEvent, topic: string, value: Uint8Array): OutgoingMessage {
  return { topic, key: event.streamId, value, headers: headersFor(event) };
}
