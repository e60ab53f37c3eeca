import { isAbsolute, join } from 'node:path';
import { create } from '@bufbuild/protobuf';
import fc from 'fast-check';
import { Root } from 'protobufjs';
import { EventEnvelopeSchema } from '../gen/tapestry/common/v1/envelope_pb';
import { SupervisionEventSchema } from '../gen/tapestry/supervision/v1/events_pb';
import type { SupervisionEvent } from '../gen/tapestry/supervision/v1/events_pb';
import { toTimestamp } from '../envelope/timestamp';
import { protoFilePath, protoRoot } from '../proto-files/proto-files';
import { ContractDecodeError } from './contract-decode-error';
import { decodeSupervisionEvent, encodeSupervisionEvent } from './supervision-codec';

/** An hour's one-to-one supervision, as supervision's relay would publish it. */
function sessionHeldMessage(): SupervisionEvent {
  return create(SupervisionEventSchema, {
    envelope: create(EventEnvelopeSchema, {
      eventId: '3e9a7c55-1b2d-4c8e-8f6a-9d0b1c2e3f40',
      eventType: 'SupervisionSessionHeld',
      streamId: 'supervision-session-9',
      streamVersion: 1n,
      occurredAt: toTimestamp(new Date('2026-04-10T11:00:00.000Z')),
      correlationId: 'corr-4',
      actorId: 'person-8',
      organisationId: 'org-2',
      schemaVersion: 1,
    }),
    event: {
      case: 'supervisionSessionHeld',
      value: { sessionId: 'supervision-session-9', superviseeId: 'person-5', supervisorId: 'person-8', organisationId: 'org-2', heldOn: '2026-04-10', durationMinutes: 60 },
    },
  });
}

describe('supervision codec', () => {
  it('decodes what it encodes', () => {
    const message = sessionHeldMessage();

    const decoded = decodeSupervisionEvent(encodeSupervisionEvent(message));

    expect(decoded.envelope?.eventId).toBe(message.envelope?.eventId);
    expect(decoded.event).toEqual(message.event);
  });

  it('rejects bytes that are not protobuf with a non-retriable error naming the type', () => {
    const decode = (): unknown => decodeSupervisionEvent(Buffer.from('{"type":"SupervisionSessionHeld"}'));

    expect(decode).toThrow(ContractDecodeError);
    expect(decode).toThrow(/tapestry\.supervision\.v1\.SupervisionEvent/);
  });

  it('either decodes arbitrary bytes with an envelope or throws ContractDecodeError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          expect(decodeSupervisionEvent(bytes).envelope?.eventId).toBeTruthy();
        } catch (error) {
          expect(error).toBeInstanceOf(ContractDecodeError);
        }
      }),
    );
  });

  it('is readable with the .proto file alone', () => {
    const root = new Root();
    root.resolvePath = (_origin, target) => (isAbsolute(target) ? target : join(protoRoot, target));
    const type = root.loadSync(protoFilePath('supervision'), { keepCase: true }).lookupType('tapestry.supervision.v1.SupervisionEvent');

    const decoded = type.toObject(type.decode(encodeSupervisionEvent(sessionHeldMessage())), { enums: String, longs: String, oneofs: true });

    expect(decoded).toMatchObject({
      event: 'supervision_session_held',
      envelope: { event_type: 'SupervisionSessionHeld', stream_id: 'supervision-session-9' },
      supervision_session_held: { supervisee_id: 'person-5', supervisor_id: 'person-8', held_on: '2026-04-10', duration_minutes: 60 },
    });
  });
});
