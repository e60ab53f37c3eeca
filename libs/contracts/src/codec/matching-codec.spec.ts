import { isAbsolute, join } from 'node:path';
import { create, toBinary } from '@bufbuild/protobuf';
import { BinaryWriter, WireType } from '@bufbuild/protobuf/wire';
import fc from 'fast-check';
import { Root } from 'protobufjs';
import { EventEnvelopeSchema } from '../gen/tapestry/common/v1/envelope_pb';
import { MatchingEventSchema, RelationshipRole } from '../gen/tapestry/matching/v1/events_pb';
import type { MatchingEvent } from '../gen/tapestry/matching/v1/events_pb';
import { toTimestamp } from '../envelope/timestamp';
import { protoFilePath, protoRoot } from '../proto-files/proto-files';
import { ContractDecodeError } from './contract-decode-error';
import { decodeMatchingEvent, encodeMatchingEvent } from './matching-codec';

/** A mentoring session of 75 minutes, as matching's relay would publish it. */
function sessionLoggedMessage(): MatchingEvent {
  return create(MatchingEventSchema, {
    envelope: create(EventEnvelopeSchema, {
      eventId: '8c1f4b2a-6d3e-4f70-9a1b-2c3d4e5f6a7b',
      eventType: 'SessionLogged',
      streamId: 'relationship-12',
      streamVersion: 7n,
      occurredAt: toTimestamp(new Date('2026-03-04T16:30:00.000Z')),
      correlationId: 'corr-12',
      actorId: 'person-5',
      organisationId: 'org-1',
      schemaVersion: 1,
    }),
    event: {
      case: 'sessionLogged',
      value: {
        relationshipId: 'relationship-12',
        sessionId: 'session-3',
        coachId: 'person-5',
        organisationId: 'org-1',
        role: RelationshipRole.MENTOR,
        heldOn: '2026-03-04',
        durationMinutes: 75,
      },
    },
  });
}

describe('matching codec', () => {
  it('decodes what it encodes', () => {
    const message = sessionLoggedMessage();

    const decoded = decodeMatchingEvent(encodeMatchingEvent(message));

    expect(decoded.envelope?.eventId).toBe(message.envelope?.eventId);
    expect(decoded.event).toEqual(message.event);
  });

  it('rejects bytes that are not protobuf with a non-retriable error naming the type', () => {
    const decode = (): unknown => decodeMatchingEvent(Buffer.from('{"type":"SessionLogged"}'));

    expect(decode).toThrow(ContractDecodeError);
    expect(decode).toThrow(/tapestry\.matching\.v1\.MatchingEvent/);
  });

  it('accepts an event case it does not know yet, leaving the case empty', () => {
    const envelope = toBinary(EventEnvelopeSchema, create(EventEnvelopeSchema, { eventId: 'e-1', eventType: 'RelationshipPaused' }));
    const fromNewerProducer = new BinaryWriter()
      .tag(1, WireType.LengthDelimited)
      .bytes(envelope)
      .tag(999, WireType.LengthDelimited)
      .bytes(new Uint8Array([10, 1, 120]))
      .finish();

    const decoded = decodeMatchingEvent(fromNewerProducer);

    expect(decoded.envelope?.eventType).toBe('RelationshipPaused');
    expect(decoded.event.case).toBeUndefined();
  });

  it('either decodes arbitrary bytes with an envelope or throws ContractDecodeError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          expect(decodeMatchingEvent(bytes).envelope?.eventId).toBeTruthy();
        } catch (error) {
          expect(error).toBeInstanceOf(ContractDecodeError);
        }
      }),
    );
  });

  it('is readable with the .proto file alone', () => {
    const root = new Root();
    root.resolvePath = (_origin, target) => (isAbsolute(target) ? target : join(protoRoot, target));
    const type = root.loadSync(protoFilePath('matching'), { keepCase: true }).lookupType('tapestry.matching.v1.MatchingEvent');

    const decoded = type.toObject(type.decode(encodeMatchingEvent(sessionLoggedMessage())), { enums: String, longs: String, oneofs: true });

    expect(decoded).toMatchObject({
      event: 'session_logged',
      envelope: { event_type: 'SessionLogged', stream_id: 'relationship-12', stream_version: '7' },
      session_logged: {
        relationship_id: 'relationship-12',
        session_id: 'session-3',
        coach_id: 'person-5',
        role: 'RELATIONSHIP_ROLE_MENTOR',
        held_on: '2026-03-04',
        duration_minutes: 75,
      },
    });
  });
});
