import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import type { Principal, Role } from '@tapestry/auth';
import {
  ConsortiumMemberAddedSchema,
  encodeIdentityEvent,
  encodeMatchingEvent,
  envelopeFor,
  IdentityEventSchema,
  MatchingEventSchema,
  PersonRegisteredSchema,
  Role as ProtoRole,
  RoleGrantedSchema,
  ScopeKind,
  topicFor,
  type IdentityEvent,
  type MatchingEvent,
} from '@tapestry/contracts';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import { outgoingMessageFor, type OutgoingMessage } from '@tapestry/messaging';
import { waitFor } from '@tapestry/testing';
import type { SupervisionTestApp } from './supervision-test-app';

const recordedFor = (streamId: string, type: string | undefined, organisationId: string, occurredAt: Date): RecordedEvent => ({
  globalPosition: 0n,
  transactionId: 0n,
  streamId,
  streamType: 'test',
  streamVersion: 1,
  eventId: randomUUID(),
  type: type ? type[0].toUpperCase() + type.slice(1) : 'Unknown',
  data: null,
  metadata: { correlationId: randomUUID(), actor: 'system:test', organisationId, schemaVersion: 1 },
  recordedAt: occurredAt,
});

async function publish(app: SupervisionTestApp, messages: OutgoingMessage[]): Promise<void> {
  await app.transport.ensureTopics([...new Set(messages.map((message) => message.topic))]);
  const publisher = await app.transport.createPublisher();
  try {
    await publisher.publish(messages);
  } finally {
    await publisher.close();
  }
}

export interface TestStaff {
  personId: string;
  organisationId: string;
  principal: Principal;
}

const PROTO_ROLE: Partial<Record<Role, ProtoRole>> = {
  supervisor: ProtoRole.SUPERVISOR,
  programme_lead: ProtoRole.PROGRAMME_LEAD,
  coach: ProtoRole.COACH,
  mentor: ProtoRole.MENTOR,
};

/** A person registered (and granted `roles`) through identity's events on the bus, once supervision has them. */
export async function registerPerson(app: SupervisionTestApp, organisationId: string, displayName: string, roles: Role[] = []): Promise<TestStaff> {
  const personId = randomUUID();
  const at = app.clock.now();
  const events: IdentityEvent['event'][] = [
    {
      case: 'personRegistered',
      value: create(PersonRegisteredSchema, { personId, organisationId, displayName, workEmail: `${personId.slice(0, 8)}@trust.example`, staffGroup: 'Nursing', band: 'Band 6', startDate: '2020-01-01' }),
    },
    ...roles.map((role): IdentityEvent['event'] => ({
      case: 'roleGranted',
      value: create(RoleGrantedSchema, { personId, role: PROTO_ROLE[role] ?? ProtoRole.STAFF, scopeKind: ScopeKind.ORGANISATION, scopeId: organisationId }),
    })),
  ];
  await publish(
    app,
    events.map((event) => {
      const recorded = recordedFor(`person-${personId}`, event.case, organisationId, at);
      return outgoingMessageFor(recorded, topicFor('identity'), encodeIdentityEvent(create(IdentityEventSchema, { envelope: envelopeFor(recorded), event })));
    }),
  );
  await waitFor(async () => (await app.pool.query("SELECT 1 FROM people WHERE person_id = $1 AND jsonb_array_length(roles) >= $2", [personId, roles.length])).rows.length === 1, {
    timeoutMs: 15_000,
    description: `${displayName} in supervision's directory`,
  });
  return {
    personId,
    organisationId,
    principal: { personId, organisationId, email: `${personId}@trust.example`, roles: roles.map((role) => ({ role, scope: { kind: 'organisation', id: organisationId } })) },
  };
}

export async function joinConsortium(app: SupervisionTestApp, consortiumId: string, organisationId: string): Promise<void> {
  const recorded = recordedFor(`consortium-${consortiumId}`, 'consortiumMemberAdded', organisationId, app.clock.now());
  const event: IdentityEvent['event'] = { case: 'consortiumMemberAdded', value: create(ConsortiumMemberAddedSchema, { consortiumId, organisationId }) };
  await publish(app, [outgoingMessageFor(recorded, topicFor('identity'), encodeIdentityEvent(create(IdentityEventSchema, { envelope: envelopeFor(recorded), event })))]);
  await waitFor(async () => (await app.pool.query('SELECT 1 FROM consortium_members WHERE consortium_id = $1 AND organisation_id = $2', [consortiumId, organisationId])).rows.length === 1, {
    timeoutMs: 15_000,
  });
}

/** Matching's events for one relationship, as its relay would publish them, at the test clock's time. */
export async function publishMatching(app: SupervisionTestApp, relationshipId: string, organisationId: string, events: MatchingEvent['event'][]): Promise<void> {
  const at = app.clock.now();
  await publish(
    app,
    events.map((event) => {
      const recorded = recordedFor(`relationship-${relationshipId}`, event.case, organisationId, at);
      return outgoingMessageFor(recorded, topicFor('matching'), encodeMatchingEvent(create(MatchingEventSchema, { envelope: envelopeFor(recorded), event })));
    }),
  );
}

export async function waitForFacts(app: SupervisionTestApp, coachId: string, count: number): Promise<void> {
  await waitFor(async () => Number((await app.pool.query<{ n: string }>('SELECT count(*) AS n FROM caseload_facts WHERE coach_id = $1', [coachId])).rows[0]?.n) >= count, {
    timeoutMs: 15_000,
    description: `${count} caseload facts for the coach`,
  });
}
