import { create } from '@bufbuild/protobuf';
import { encodeIdentityEvent, envelopeFor, IdentityEventSchema, ShiftPattern } from '@tapestry/contracts';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import type { OutgoingMessage } from '../transport';
import { outgoingMessageFor } from './outgoing-message';

/** The shape of the store events the relay tests append; identity's real encoder lives in identity. */
export interface TestPersonRegistered {
  organisationId: string;
  name: string;
  email: string;
}

/** Encodes PersonRegistered as identity's relay would; any other type is private and stays in the service. */
export function encodeTestIdentityEvent(topic: string) {
  return (event: RecordedEvent): OutgoingMessage | null => {
    if (event.type !== 'PersonRegistered') return null;
    const data = event.data as TestPersonRegistered;
    const value = encodeIdentityEvent(
      create(IdentityEventSchema, {
        envelope: envelopeFor(event),
        event: {
          case: 'personRegistered',
          value: {
            personId: event.streamId,
            organisationId: data.organisationId,
            displayName: data.name,
            workEmail: data.email,
            jobTitle: 'Staff Nurse',
            staffGroup: 'Nursing and Midwifery Registered',
            band: 'Band 5',
            shiftPattern: ShiftPattern.ROTATING,
            clinical: true,
            startDate: '2024-09-01',
          },
        },
      }),
    );
    return outgoingMessageFor(event, topic, value);
  };
}
