import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import {
  encodeMatchingEvent,
  encodeSupervisionEvent,
  EventEnvelopeSchema,
  MatchingEventSchema,
  RelationshipRole,
  SupervisionEventSchema,
  type EventEnvelope,
  type MatchingEvent,
  type SupervisionEvent,
} from '@tapestry/contracts';
import type { OutgoingMessage, Transport } from '@tapestry/messaging';
import { MATCHING_TOPIC, SUPERVISION_TOPIC } from './practice-evidence.consumer';

function envelope(eventId: string, eventType: string, streamId: string): EventEnvelope {
  return create(EventEnvelopeSchema, { eventId, eventType, streamId, streamVersion: 1n, correlationId: randomUUID(), schemaVersion: 1 });
}

/** A coaching session as matching's relay would publish it. */
export function sessionLogged(session: { coachId: string; minutes: number; role?: RelationshipRole; eventId?: string; heldOn?: string }): MatchingEvent {
  const relationshipId = randomUUID();
  return create(MatchingEventSchema, {
    envelope: envelope(session.eventId ?? randomUUID(), 'SessionLogged', `relationship-${relationshipId}`),
    event: {
      case: 'sessionLogged',
      value: {
        relationshipId,
        sessionId: randomUUID(),
        coachId: session.coachId,
        organisationId: randomUUID(),
        role: session.role ?? RelationshipRole.COACH,
        heldOn: session.heldOn ?? '2026-03-04',
        durationMinutes: session.minutes,
      },
    },
  });
}

/** A one-to-one supervision session as supervision's relay would publish it. */
export function supervisionSessionHeld(session: { superviseeId: string; minutes: number }): SupervisionEvent {
  const sessionId = randomUUID();
  return create(SupervisionEventSchema, {
    envelope: envelope(randomUUID(), 'SupervisionSessionHeld', `supervision-session-${sessionId}`),
    event: {
      case: 'supervisionSessionHeld',
      value: { sessionId, superviseeId: session.superviseeId, supervisorId: randomUUID(), organisationId: randomUUID(), heldOn: '2026-04-10', durationMinutes: session.minutes },
    },
  });
}

/** Bytes on a topic with the headers a relay sets; `headerEventId` is what the inbox dedupes on. */
export function rawMessage(topic: string, value: Uint8Array, headerEventId: string): OutgoingMessage {
  return { topic, key: headerEventId, value, headers: { 'event-id': headerEventId, 'event-type': 'Unknown', 'schema-version': '1', 'correlation-id': randomUUID() } };
}

export const matchingMessage = (event: MatchingEvent, headerEventId = event.envelope?.eventId ?? ''): OutgoingMessage =>
  rawMessage(MATCHING_TOPIC, encodeMatchingEvent(event), headerEventId);

export const supervisionMessage = (event: SupervisionEvent): OutgoingMessage =>
  rawMessage(SUPERVISION_TOPIC, encodeSupervisionEvent(event), event.envelope?.eventId ?? '');

export async function publish(transport: Transport, ...messages: OutgoingMessage[]): Promise<void> {
  const publisher = await transport.createPublisher();
  try {
    await publisher.publish(messages);
  } finally {
    await publisher.close();
  }
}
