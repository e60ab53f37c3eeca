import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { create } from '@bufbuild/protobuf';
import { Pool } from 'pg';
import {
  CoachPauseChangedSchema,
  encodeSupervisionEvent,
  envelopeFor,
  SupervisionArrangedSchema,
  SupervisionEndedSchema,
  SupervisionEventSchema,
  SupervisionSessionHeldSchema,
  topicFor,
  type SupervisionEvent,
} from '@tapestry/contracts';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import { outgoingMessageFor, type OutgoingMessage, type Transport } from '@tapestry/messaging';
import { PG_POOL, ServiceRelay, TRANSPORT } from '@tapestry/nest-kit';
import type { ArrangementEvent } from '../arrangements/arrangement.events';
import { SupervisionStore } from '../infrastructure/supervision-store';
import type { PauseEvent } from '../pause/pause.events';
import { sessionsHeldFor } from '../sessions/supervision-session.publication';
import type { SupervisionSessionEvent } from '../sessions/supervision-session.events';

export const SUPERVISION_TOPIC = topicFor('supervision');

type PublishedEvent = ArrangementEvent | SupervisionSessionEvent | PauseEvent;
type Payload = SupervisionEvent['event'];

/**
 * One stored event can concern several people (a group session): each gets its own message, with an event id derived
 * from the stored one and the person, so consumers' inboxes keep them apart and a replay derives the same ids.
 */
function derivedEventId(eventId: string, part: string): string {
  const hex = createHash('sha1').update(`${eventId}:${part}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The public payloads of a stored event, each with the person it concerns (for its derived id); empty for private ones. */
export function publicPayloadsOf(event: PublishedEvent): Array<{ part: string | null; payload: Payload }> {
  switch (event.type) {
    case 'SupervisorAssigned': {
      const d = event.data;
      return [
        {
          part: null,
          payload: {
            case: 'supervisionArranged',
            value: create(SupervisionArrangedSchema, {
              arrangementId: `${d.coachId}:${d.supervisorId}:${d.startsOn}`,
              superviseeId: d.coachId,
              supervisorId: d.supervisorId,
              organisationId: d.coachOrganisationId,
              from: d.startsOn,
              group: d.format === 'group',
            }),
          },
        },
      ];
    }
    case 'SupervisionEnded': {
      const d = event.data;
      return [
        {
          part: null,
          payload: {
            case: 'supervisionEnded',
            value: create(SupervisionEndedSchema, { arrangementId: `${d.coachId}:${d.supervisorId}`, superviseeId: d.coachId, supervisorId: d.supervisorId, organisationId: d.coachOrganisationId, until: d.endedOn }),
          },
        },
      ];
    }
    case 'SupervisionHandedOver': {
      const d = event.data;
      return [
        {
          part: 'ended',
          payload: {
            case: 'supervisionEnded',
            value: create(SupervisionEndedSchema, { arrangementId: `${d.coachId}:${d.fromSupervisorId}`, superviseeId: d.coachId, supervisorId: d.fromSupervisorId, organisationId: d.coachOrganisationId, until: d.handedOverOn }),
          },
        },
        {
          part: 'arranged',
          payload: {
            case: 'supervisionArranged',
            value: create(SupervisionArrangedSchema, {
              arrangementId: `${d.coachId}:${d.toSupervisorId}:${d.handedOverOn}`,
              superviseeId: d.coachId,
              supervisorId: d.toSupervisorId,
              organisationId: d.coachOrganisationId,
              from: d.handedOverOn,
              group: d.format === 'group',
            }),
          },
        },
      ];
    }
    case 'SupervisionSessionLogged':
      return sessionsHeldFor(event).map((held) => ({ part: held.superviseeId, payload: { case: 'supervisionSessionHeld', value: create(SupervisionSessionHeldSchema, held) } }));
    case 'SupervisionNotesWritten':
      return [];
    case 'CoachPausedBySupervisor': {
      const { coachId, organisationId, pausedBy } = event.data;
      return [{ part: null, payload: { case: 'coachPauseChanged', value: create(CoachPauseChangedSchema, { coachId, organisationId, paused: true, changedBy: pausedBy }) } }];
    }
    case 'CoachResumedBySupervisor': {
      const { coachId, organisationId, resumedBy } = event.data;
      return [{ part: null, payload: { case: 'coachPauseChanged', value: create(CoachPauseChangedSchema, { coachId, organisationId, paused: false, changedBy: resumedBy }) } }];
    }
    default:
      return [];
  }
}

export function encodeSupervisionMessages(recorded: RecordedEvent): OutgoingMessage[] {
  // The store is untyped; the types publicPayloadsOf does not know (wellbeing, concerns) publish nothing.
  const payloads = publicPayloadsOf({ type: recorded.type, data: recorded.data } as PublishedEvent);
  return payloads.map(({ part, payload }) => {
    const event = part === null ? recorded : { ...recorded, eventId: derivedEventId(recorded.eventId, part) };
    const message = create(SupervisionEventSchema, { envelope: envelopeFor(event), event: payload });
    return outgoingMessageFor(event, SUPERVISION_TOPIC, encodeSupervisionEvent(message));
  });
}

/** Supervision's public events to `tapestry.supervision.v1`: notes, themes, check-ins and concerns encode to nothing. */
@Injectable()
export class SupervisionRelay extends ServiceRelay {
  constructor(store: SupervisionStore, @Inject(PG_POOL) pool: Pool, @Inject(TRANSPORT) transport: Transport) {
    super({ name: 'supervision', topic: SUPERVISION_TOPIC, store: store.events, pool, transport, encode: encodeSupervisionMessages });
  }
}
