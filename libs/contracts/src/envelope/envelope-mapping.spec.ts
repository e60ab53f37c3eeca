import fc from 'fast-check';
import type { EventMetadata, RecordedEvent } from '@tapestry/eventsourcing';
import { envelopeFor, metadataFromEnvelope } from './envelope-mapping';
import { fromTimestamp } from './timestamp';

function recorded(metadata: EventMetadata, recordedAt = new Date('2025-03-01T09:30:00.123Z')): RecordedEvent {
  return {
    globalPosition: 42n,
    transactionId: 7n,
    streamId: 'person-1',
    streamType: 'person',
    streamVersion: 3,
    eventId: '0b7c6f5e-4c8e-4a51-9f5e-1d2a3b4c5d6e',
    type: 'PersonRegistered',
    data: {},
    metadata,
    recordedAt,
  };
}

const optionalText = fc.option(fc.string({ minLength: 1 }), { nil: undefined });
const metadataArbitrary: fc.Arbitrary<EventMetadata> = fc
  .record({
    correlationId: fc.uuid(),
    causationId: optionalText,
    actor: optionalText,
    organisationId: optionalText,
    schemaVersion: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
  })
  .map((metadata) => JSON.parse(JSON.stringify(metadata)) as EventMetadata);

describe('envelope mapping', () => {
  it('carries the stored event into the envelope', () => {
    const envelope = envelopeFor(
      recorded({ correlationId: 'corr-1', causationId: 'cause-1', actor: 'person-9', organisationId: 'org-1', schemaVersion: 2 }),
    );

    expect(envelope).toMatchObject({
      eventId: '0b7c6f5e-4c8e-4a51-9f5e-1d2a3b4c5d6e',
      eventType: 'PersonRegistered',
      streamId: 'person-1',
      streamVersion: 3n,
      correlationId: 'corr-1',
      causationId: 'cause-1',
      actorId: 'person-9',
      organisationId: 'org-1',
      schemaVersion: 2,
    });
    expect(envelope.occurredAt && fromTimestamp(envelope.occurredAt)).toEqual(new Date('2025-03-01T09:30:00.123Z'));
  });

  it('defaults the schema version to 1 and leaves absent metadata empty', () => {
    const envelope = envelopeFor(recorded({ correlationId: 'corr-1' }));

    expect(envelope).toMatchObject({ causationId: '', actorId: '', organisationId: '', schemaVersion: 1 });
  });

  it('gives back the metadata it was made from (schema version defaulted)', () => {
    fc.assert(
      fc.property(metadataArbitrary, (metadata) => {
        expect(metadataFromEnvelope(envelopeFor(recorded(metadata)))).toEqual({ schemaVersion: 1, ...metadata });
      }),
    );
  });

  it('keeps the time to the millisecond', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (date) => {
        const { occurredAt } = envelopeFor(recorded({ correlationId: 'c' }, date));
        expect(occurredAt && fromTimestamp(occurredAt)).toEqual(date);
      }),
    );
  });
});
