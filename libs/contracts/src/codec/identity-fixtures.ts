import { create } from '@bufbuild/protobuf';
import { EventEnvelopeSchema } from '../gen/tapestry/common/v1/envelope_pb';
import { IdentityEventSchema, ShiftPattern } from '../gen/tapestry/identity/v1/events_pb';
import type { IdentityEvent } from '../gen/tapestry/identity/v1/events_pb';
import { toTimestamp } from '../envelope/timestamp';

/** A PersonRegistered message as identity's relay would publish it; shared by this library's tests. */
export function personRegisteredMessage(personId = 'person-1'): IdentityEvent {
  return create(IdentityEventSchema, {
    envelope: create(EventEnvelopeSchema, {
      eventId: '5f0c2d43-8f8e-4c55-a0f7-0d0f3c7f1a11',
      eventType: 'PersonRegistered',
      streamId: personId,
      streamVersion: 1n,
      occurredAt: toTimestamp(new Date('2025-01-06T08:00:00.000Z')),
      correlationId: 'corr-1',
      actorId: 'person-admin',
      organisationId: 'org-1',
      schemaVersion: 1,
    }),
    event: {
      case: 'personRegistered',
      value: {
        personId,
        organisationId: 'org-1',
        displayName: 'Priya Shah',
        workEmail: 'priya.shah@example.nhs.uk',
        jobTitle: 'Staff Nurse',
        staffGroup: 'Nursing and Midwifery Registered',
        band: 'Band 5',
        siteId: 'site-1',
        shiftPattern: ShiftPattern.NIGHTS,
        clinical: true,
        startDate: '2024-09-01',
      },
    },
  });
}
