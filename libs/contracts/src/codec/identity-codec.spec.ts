import { create, toBinary } from '@bufbuild/protobuf';
import { BinaryWriter, WireType } from '@bufbuild/protobuf/wire';
import fc from 'fast-check';
import { EventEnvelopeSchema } from '../gen/tapestry/common/v1/envelope_pb';
import { ContractDecodeError } from './contract-decode-error';
import { decodeIdentityEvent, encodeIdentityEvent } from './identity-codec';
import { personRegisteredMessage } from './identity-fixtures';

describe('identity codec', () => {
  it('decodes what it encodes', () => {
    const message = personRegisteredMessage();

    const decoded = decodeIdentityEvent(encodeIdentityEvent(message));

    expect(decoded.envelope?.eventId).toBe(message.envelope?.eventId);
    expect(decoded.event).toEqual(message.event);
  });

  it('rejects bytes that are not protobuf with a non-retriable error naming the type', () => {
    const decode = (): unknown => decodeIdentityEvent(Buffer.from('{"type":"PersonRegistered"}'));

    expect(decode).toThrow(ContractDecodeError);
    expect(decode).toThrow(/tapestry\.identity\.v1\.IdentityEvent/);
  });

  it('rejects a well-formed message that has no envelope', () => {
    const noEnvelope = new BinaryWriter().tag(20, WireType.LengthDelimited).bytes(new Uint8Array()).finish();

    expect(() => decodeIdentityEvent(noEnvelope)).toThrow(/no envelope/);
  });

  it('accepts an event case it does not know yet, leaving the case empty', () => {
    const envelope = toBinary(EventEnvelopeSchema, create(EventEnvelopeSchema, { eventId: 'e-1', eventType: 'PersonPromoted' }));
    const fromNewerProducer = new BinaryWriter()
      .tag(1, WireType.LengthDelimited)
      .bytes(envelope)
      .tag(99, WireType.LengthDelimited)
      .bytes(new Uint8Array([8, 1]))
      .finish();

    const decoded = decodeIdentityEvent(fromNewerProducer);

    expect(decoded.envelope?.eventType).toBe('PersonPromoted');
    expect(decoded.event.case).toBeUndefined();
  });

  it('either decodes arbitrary bytes with an envelope or throws ContractDecodeError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          expect(decodeIdentityEvent(bytes).envelope?.eventId).toBeTruthy();
        } catch (error) {
          expect(error).toBeInstanceOf(ContractDecodeError);
        }
      }),
    );
  });
});
