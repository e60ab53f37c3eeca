import { create } from '@bufbuild/protobuf';
import type { EventMetadata, RecordedEvent } from '@tapestry/eventsourcing';
import { EventEnvelopeSchema } from '../gen/tapestry/common/v1/envelope_pb';
import type { EventEnvelope } from '../gen/tapestry/common/v1/envelope_pb';
import { toTimestamp } from './timestamp';

/** Schema version assumed when the store's metadata does not name one. */
const firstSchemaVersion = 1;

/** The envelope a stored event travels in. Absent optional metadata becomes proto3's empty default. */
export function envelopeFor(event: RecordedEvent): EventEnvelope {
  const { metadata } = event;
  return create(EventEnvelopeSchema, {
    eventId: event.eventId,
    eventType: event.type,
    streamId: event.streamId,
    streamVersion: BigInt(event.streamVersion),
    occurredAt: toTimestamp(event.recordedAt),
    correlationId: metadata.correlationId,
    causationId: metadata.causationId ?? '',
    actorId: metadata.actor ?? '',
    organisationId: metadata.organisationId ?? '',
    schemaVersion: metadata.schemaVersion ?? firstSchemaVersion,
  });
}

/** The store metadata an envelope carries; proto3's empty defaults become absent again. */
export function metadataFromEnvelope(envelope: EventEnvelope): EventMetadata {
  return {
    correlationId: envelope.correlationId,
    ...(envelope.causationId ? { causationId: envelope.causationId } : {}),
    ...(envelope.actorId ? { actor: envelope.actorId } : {}),
    ...(envelope.organisationId ? { organisationId: envelope.organisationId } : {}),
    schemaVersion: envelope.schemaVersion || firstSchemaVersion,
  };
}
