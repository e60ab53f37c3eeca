import { create } from '@bufbuild/protobuf';
import { encodeIdentityEvent, envelopeFor, IdentityEventSchema, ShiftPattern } from '@tapestry/contracts';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import { outgoingMessageFor } from '@tapestry/messaging';
import type { OutgoingMessage } from '@tapestry/messaging';

/** A realistically sized public event: PersonRegistered, as identity's relay sends it. */
export function encodePersonRegistered(topic: string) {
  return (event: RecordedEvent): OutgoingMessage =>
    outgoingMessageFor(
      event,
      topic,
      encodeIdentityEvent(
        create(IdentityEventSchema, {
          envelope: envelopeFor(event),
          event: {
            case: 'personRegistered',
            value: {
              personId: event.streamId,
              organisationId: 'org-bench',
              displayName: 'Priya Shah',
              workEmail: 'priya.shah@example.nhs.uk',
              jobTitle: 'Staff Nurse',
              staffGroup: 'Nursing and Midwifery Registered',
              band: 'Band 5',
              shiftPattern: ShiftPattern.DAYS,
              clinical: true,
              startDate: '2024-09-01',
            },
          },
        }),
      ),
    );
}
