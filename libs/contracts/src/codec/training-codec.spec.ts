import { isAbsolute, join } from 'node:path';
import { create } from '@bufbuild/protobuf';
import fc from 'fast-check';
import { Root } from 'protobufjs';
import { EventEnvelopeSchema } from '../gen/tapestry/common/v1/envelope_pb';
import { EligibilityReason, PractitionerRole, Programme, TrainingEventSchema } from '../gen/tapestry/training/v1/events_pb';
import type { TrainingEvent } from '../gen/tapestry/training/v1/events_pb';
import { toTimestamp } from '../envelope/timestamp';
import { protoFilePath, protoRoot } from '../proto-files/proto-files';
import { ContractDecodeError } from './contract-decode-error';
import { decodeTrainingEvent, encodeTrainingEvent } from './training-codec';

/** A coach losing eligibility because their training lapsed, as training's relay would publish it. */
function eligibilityLostMessage(): TrainingEvent {
  return create(TrainingEventSchema, {
    envelope: create(EventEnvelopeSchema, {
      eventId: '0d6b7c1e-2f9a-4e1b-9a53-3b0f9d2c7e44',
      eventType: 'CoachEligibilityChanged',
      streamId: 'eligibility-person-3',
      streamVersion: 4n,
      occurredAt: toTimestamp(new Date('2026-06-12T00:05:00.000Z')),
      correlationId: 'corr-9',
      actorId: 'system:eligibility',
      organisationId: 'org-1',
      schemaVersion: 1,
    }),
    event: {
      case: 'coachEligibilityChanged',
      value: {
        personId: 'person-3',
        organisationId: 'org-1',
        programme: Programme.GENERAL,
        role: PractitionerRole.COACH,
        eligible: false,
        reasons: [EligibilityReason.TRAINING_LAPSED],
      },
    },
  });
}

describe('training codec', () => {
  it('decodes what it encodes', () => {
    const message = eligibilityLostMessage();

    const decoded = decodeTrainingEvent(encodeTrainingEvent(message));

    expect(decoded.envelope?.eventId).toBe(message.envelope?.eventId);
    expect(decoded.event).toEqual(message.event);
  });

  it('rejects bytes that are not protobuf with a non-retriable error naming the type', () => {
    const decode = (): unknown => decodeTrainingEvent(Buffer.from('{"type":"CoachEligibilityChanged"}'));

    expect(decode).toThrow(ContractDecodeError);
    expect(decode).toThrow(/tapestry\.training\.v1\.TrainingEvent/);
  });

  it('either decodes arbitrary bytes with an envelope or throws ContractDecodeError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          expect(decodeTrainingEvent(bytes).envelope?.eventId).toBeTruthy();
        } catch (error) {
          expect(error).toBeInstanceOf(ContractDecodeError);
        }
      }),
    );
  });

  it('is readable with the .proto file alone', () => {
    const root = new Root();
    root.resolvePath = (_origin, target) => (isAbsolute(target) ? target : join(protoRoot, target));
    const type = root.loadSync(protoFilePath('training'), { keepCase: true }).lookupType('tapestry.training.v1.TrainingEvent');

    const decoded = type.toObject(type.decode(encodeTrainingEvent(eligibilityLostMessage())), { enums: String, longs: String, oneofs: true });

    expect(decoded).toMatchObject({
      event: 'coach_eligibility_changed',
      envelope: { event_type: 'CoachEligibilityChanged', stream_id: 'eligibility-person-3', stream_version: '4' },
      coach_eligibility_changed: {
        person_id: 'person-3',
        programme: 'PROGRAMME_GENERAL',
        role: 'PRACTITIONER_ROLE_COACH',
        reasons: ['ELIGIBILITY_REASON_TRAINING_LAPSED'],
      },
    });
  });
});
