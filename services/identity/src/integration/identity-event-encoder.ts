import { create } from '@bufbuild/protobuf';
import {
  encodeIdentityEvent,
  envelopeFor,
  ConsortiumCreatedSchema,
  ConsortiumMemberAddedSchema,
  ConsortiumMemberRemovedSchema,
  DirectorateAddedSchema,
  EthnicityRecordedSchema,
  IdentityEventSchema,
  LawfulBasisRecordedSchema,
  LawfulBasisWithdrawnSchema,
  OrganisationCreatedSchema,
  PersonDetailsUpdatedSchema,
  PersonLeftSchema,
  PersonMovedSchema,
  PersonRegisteredSchema,
  RoleGrantedSchema,
  RoleRevokedSchema,
  SiteAddedSchema,
  SpecialCategoryObjectionChangedSchema,
  Ethnicity as ProtoEthnicity,
  OrganisationKind as ProtoOrganisationKind,
  Role as ProtoRole,
  ScopeKind as ProtoScopeKind,
  ShiftPattern as ProtoShiftPattern,
  topicFor,
  type IdentityEvent,
} from '@tapestry/contracts';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import { outgoingMessageFor, type OutgoingMessage } from '@tapestry/messaging';
import type { ConsortiumEvent } from '../consortia';
import type { EqualityMonitoringEvent, Ethnicity } from '../equality-monitoring';
import type { OrganisationEvent } from '../organisations';
import type { PersonEvent } from '../people';
import type { RoleEvent } from '../roles';
import { bandLabel, staffGroupInfo } from '../staff-groups';

export const IDENTITY_TOPIC = topicFor('identity');

type PublicEvent = OrganisationEvent | ConsortiumEvent | PersonEvent | RoleEvent | EqualityMonitoringEvent;
type Payload = IdentityEvent['event'];

const KIND: Record<string, ProtoOrganisationKind> = {
  nhs_trust: ProtoOrganisationKind.NHS_TRUST,
  icb: ProtoOrganisationKind.ICB,
  gp_practice: ProtoOrganisationKind.GP_PRACTICE,
  police: ProtoOrganisationKind.POLICE,
  fire_and_rescue: ProtoOrganisationKind.FIRE_AND_RESCUE,
  local_authority: ProtoOrganisationKind.LOCAL_AUTHORITY,
  school: ProtoOrganisationKind.SCHOOL,
  other: ProtoOrganisationKind.OTHER,
};
const SHIFT: Record<string, ProtoShiftPattern> = {
  days: ProtoShiftPattern.DAYS,
  nights: ProtoShiftPattern.NIGHTS,
  rotating: ProtoShiftPattern.ROTATING,
  part_time: ProtoShiftPattern.PART_TIME,
  flexible: ProtoShiftPattern.FLEXIBLE,
};
const ROLE: Record<string, ProtoRole> = {
  staff: ProtoRole.STAFF,
  coach: ProtoRole.COACH,
  mentor: ProtoRole.MENTOR,
  line_manager: ProtoRole.LINE_MANAGER,
  programme_lead: ProtoRole.PROGRAMME_LEAD,
  supervisor: ProtoRole.SUPERVISOR,
  analyst: ProtoRole.ANALYST,
  organisation_admin: ProtoRole.ORGANISATION_ADMIN,
  consortium_admin: ProtoRole.CONSORTIUM_ADMIN,
};
const ETHNICITY: Record<Ethnicity, ProtoEthnicity> = {
  asian_or_asian_british: ProtoEthnicity.ASIAN_OR_ASIAN_BRITISH,
  black_black_british_caribbean_or_african: ProtoEthnicity.BLACK_BLACK_BRITISH_CARIBBEAN_OR_AFRICAN,
  mixed_or_multiple: ProtoEthnicity.MIXED_OR_MULTIPLE,
  white: ProtoEthnicity.WHITE,
  other_ethnic_group: ProtoEthnicity.OTHER_ETHNIC_GROUP,
  prefer_not_to_say: ProtoEthnicity.PREFER_NOT_TO_SAY,
};
const SCOPE = { organisation: ProtoScopeKind.ORGANISATION, consortium: ProtoScopeKind.CONSORTIUM };

/** A cleared site, directorate or manager travels as "" (proto3 optional strings cannot say "set to nothing"). */
const cleared = (value: string | null | undefined): string | undefined => (value === undefined ? undefined : (value ?? ''));

function payloadOf(event: PublicEvent, organisationId: string): Payload {
  switch (event.type) {
    case 'OrganisationCreated':
      return { case: 'organisationCreated', value: create(OrganisationCreatedSchema, { ...event.data, kind: KIND[event.data.kind], odsCode: event.data.odsCode ?? undefined }) };
    case 'SiteAdded':
      return { case: 'siteAdded', value: create(SiteAddedSchema, event.data) };
    case 'DirectorateAdded':
      return { case: 'directorateAdded', value: create(DirectorateAddedSchema, event.data) };
    case 'LawfulBasisRecorded':
      return { case: 'lawfulBasisRecorded', value: create(LawfulBasisRecordedSchema, event.data) };
    case 'LawfulBasisWithdrawn':
      return { case: 'lawfulBasisWithdrawn', value: create(LawfulBasisWithdrawnSchema, event.data) };
    case 'ConsortiumCreated':
      return { case: 'consortiumCreated', value: create(ConsortiumCreatedSchema, event.data) };
    case 'ConsortiumMemberAdded':
      return { case: 'consortiumMemberAdded', value: create(ConsortiumMemberAddedSchema, event.data) };
    case 'ConsortiumMemberRemoved':
      return { case: 'consortiumMemberRemoved', value: create(ConsortiumMemberRemovedSchema, event.data) };
    case 'PersonRegistered': {
      const p = event.data;
      return {
        case: 'personRegistered',
        value: create(PersonRegisteredSchema, {
          personId: p.personId,
          organisationId: p.organisationId,
          displayName: `${p.name.given} ${p.name.family}`,
          workEmail: p.email,
          jobTitle: p.jobTitle,
          staffGroup: staffGroupInfo(p.staffGroup).label,
          band: bandLabel(p.band),
          siteId: p.siteId ?? undefined,
          directorateId: p.directorateId ?? undefined,
          shiftPattern: SHIFT[p.shiftPattern],
          clinical: p.clinical,
          lineManagerId: p.lineManagerId ?? undefined,
          startDate: p.startDate,
        }),
      };
    }
    case 'PersonMoved': {
      const { to } = event.data;
      return {
        case: 'personMoved',
        value: create(PersonMovedSchema, {
          personId: event.data.personId,
          organisationId,
          effectiveDate: event.data.effectiveDate,
          jobTitle: to.jobTitle,
          band: to.band ? bandLabel(to.band) : undefined,
          staffGroup: to.staffGroup ? staffGroupInfo(to.staffGroup).label : undefined,
          siteId: cleared(to.siteId),
          directorateId: cleared(to.directorateId),
          lineManagerId: cleared(to.lineManagerId),
        }),
      };
    }
    case 'PersonDetailsUpdated': {
      const { changes } = event.data;
      return {
        case: 'personDetailsUpdated',
        value: create(PersonDetailsUpdatedSchema, {
          personId: event.data.personId,
          organisationId,
          displayName: changes.name ? `${changes.name.given} ${changes.name.family}` : undefined,
          workEmail: changes.email,
          shiftPattern: changes.shiftPattern ? SHIFT[changes.shiftPattern] : undefined,
          clinical: changes.clinical,
        }),
      };
    }
    case 'PersonLeft':
      return { case: 'personLeft', value: create(PersonLeftSchema, { personId: event.data.personId, organisationId, leavingDate: event.data.leavingDate, reason: event.data.reason }) };
    case 'RoleGranted':
    case 'RoleRevoked': {
      const grant = { personId: event.data.personId, role: ROLE[event.data.role], scopeKind: SCOPE[event.data.scope.kind], scopeId: event.data.scope.id };
      return event.type === 'RoleGranted'
        ? { case: 'roleGranted', value: create(RoleGrantedSchema, grant) }
        : { case: 'roleRevoked', value: create(RoleRevokedSchema, grant) };
    }
    case 'EthnicityRecorded':
      return { case: 'ethnicityRecorded', value: create(EthnicityRecordedSchema, { ...event.data, ethnicity: ETHNICITY[event.data.ethnicity] }) };
    case 'SpecialCategoryObjectionChanged':
      return { case: 'specialCategoryObjectionChanged', value: create(SpecialCategoryObjectionChangedSchema, event.data) };
  }
}

const PUBLIC_TYPES = new Set<string>([
  'OrganisationCreated', 'SiteAdded', 'DirectorateAdded', 'LawfulBasisRecorded', 'LawfulBasisWithdrawn',
  'ConsortiumCreated', 'ConsortiumMemberAdded', 'ConsortiumMemberRemoved',
  'PersonRegistered', 'PersonMoved', 'PersonDetailsUpdated', 'PersonLeft', 'RoleGranted', 'RoleRevoked',
  'EthnicityRecorded', 'SpecialCategoryObjectionChanged',
]);

/**
 * Identity's public events as `tapestry.identity.v1.IdentityEvent` messages. Account events (password hashes,
 * sign-ins) and email reservations never leave identity: they encode to null. A person's ethnicity does leave, as
 * EthnicityRecorded, because analytics (fed by Kafka alone) reports it in aggregate; the proto says who may keep it.
 */
export function encodeIdentityMessage(recorded: RecordedEvent): OutgoingMessage | null {
  if (!PUBLIC_TYPES.has(recorded.type)) return null;
  const event = { type: recorded.type, data: recorded.data } as PublicEvent;
  const message = create(IdentityEventSchema, {
    envelope: envelopeFor(recorded),
    event: payloadOf(event, recorded.metadata.organisationId ?? ''),
  });
  return outgoingMessageFor(recorded, IDENTITY_TOPIC, encodeIdentityEvent(message));
}
