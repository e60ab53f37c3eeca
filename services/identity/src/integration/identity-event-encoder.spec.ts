import { decodeIdentityEvent, Ethnicity as ProtoEthnicity, Role as ProtoRole, ShiftPattern as ShiftPatternProto } from '@tapestry/contracts';
import type { RecordedEvent } from '@tapestry/eventsourcing';
import { encodeIdentityMessage, IDENTITY_TOPIC } from './identity-event-encoder';

function recorded(type: string, data: unknown, streamId = 'person-p1'): RecordedEvent {
  return {
    globalPosition: 7n,
    transactionId: 3n,
    streamId,
    streamType: 'person',
    streamVersion: 2,
    eventId: '6f1c3c1e-2f53-4a8e-9a51-0b1f9e6f0c11',
    type,
    data,
    metadata: { correlationId: 'corr-1', actor: 'admin-1', organisationId: 'org-1', schemaVersion: 1 },
    recordedAt: new Date('2026-11-24T10:00:00Z'),
  };
}

const registered = {
  personId: 'p1',
  organisationId: 'org-1',
  employeeNumber: '30100007',
  name: { given: 'Amara', family: 'Okafor' },
  email: 'amara.okafor@trust.example.nhs.uk',
  jobTitle: 'Staff Nurse',
  staffGroup: 'nursing_and_midwifery_registered',
  band: { scheme: 'agenda_for_change', band: '5' },
  siteId: 'site-1',
  directorateId: null,
  shiftPattern: 'nights',
  clinical: true,
  lineManagerId: 'm1',
  startDate: '2019-04-01',
};

describe('identity events on tapestry.identity.v1', () => {
  it('carries a registration as a PersonRegistered with its envelope, keyed by the person’s stream', () => {
    const message = encodeIdentityMessage(recorded('PersonRegistered', registered));
    expect(message?.topic).toBe(IDENTITY_TOPIC);
    expect(message?.key).toBe('person-p1');
    expect(message?.headers['event-type']).toBe('PersonRegistered');
    const decoded = decodeIdentityEvent(message?.value ?? new Uint8Array());
    expect(decoded.envelope?.eventId).toBe('6f1c3c1e-2f53-4a8e-9a51-0b1f9e6f0c11');
    expect(decoded.envelope?.organisationId).toBe('org-1');
    expect(decoded.event.case).toBe('personRegistered');
    expect(decoded.event.value).toMatchObject({
      displayName: 'Amara Okafor',
      staffGroup: 'Nursing and Midwifery Registered',
      band: 'Band 5',
      shiftPattern: ShiftPatternProto.NIGHTS,
      lineManagerId: 'm1',
    });
  });

  it('names only what changed in a move, with the organisation from the metadata and a cleared manager as ""', () => {
    const moved = { personId: 'p1', effectiveDate: '2026-11-01', from: { band: { scheme: 'agenda_for_change', band: '5' }, lineManagerId: 'm1' }, to: { band: { scheme: 'agenda_for_change', band: '6' }, lineManagerId: null } };
    const decoded = decodeIdentityEvent(encodeIdentityMessage(recorded('PersonMoved', moved))?.value ?? new Uint8Array());
    expect(decoded.event.case).toBe('personMoved');
    expect(decoded.event.value).toMatchObject({ organisationId: 'org-1', band: 'Band 6', lineManagerId: '', effectiveDate: '2026-11-01' });
    expect(decoded.event.value).not.toHaveProperty('siteId', expect.anything());
  });

  it('carries role grants with their scope', () => {
    const granted = { personId: 'p1', role: 'coach', scope: { kind: 'organisation', id: 'org-1' } };
    const decoded = decodeIdentityEvent(encodeIdentityMessage(recorded('RoleGranted', granted, 'roles-p1'))?.value ?? new Uint8Array());
    expect(decoded.event.value).toMatchObject({ role: ProtoRole.COACH, scopeId: 'org-1' });
  });

  it('carries an organisation’s lawful basis, and its withdrawal, keyed by the organisation’s stream', () => {
    const basis = 'UK GDPR Art. 9(2)(g) with DPA 2018 Sch. 1 para. 8 (equality of opportunity)';
    const recordedMessage = encodeIdentityMessage(
      recorded('LawfulBasisRecorded', { organisationId: 'org-1', basis, recordedBy: 'admin-1', recordedOn: '2026-11-24' }, 'organisation-org-1'),
    );
    expect(recordedMessage?.key).toBe('organisation-org-1');
    expect(decodeIdentityEvent(recordedMessage?.value ?? new Uint8Array()).event).toMatchObject({
      case: 'lawfulBasisRecorded',
      value: { organisationId: 'org-1', basis, recordedBy: 'admin-1', recordedOn: '2026-11-24' },
    });
    const withdrawn = encodeIdentityMessage(recorded('LawfulBasisWithdrawn', { organisationId: 'org-1', withdrawnBy: 'admin-2' }, 'organisation-org-1'));
    expect(decodeIdentityEvent(withdrawn?.value ?? new Uint8Array()).event).toMatchObject({
      case: 'lawfulBasisWithdrawn',
      value: { organisationId: 'org-1', withdrawnBy: 'admin-2' },
    });
  });

  it.each([
    ['asian_or_asian_british', ProtoEthnicity.ASIAN_OR_ASIAN_BRITISH],
    ['black_black_british_caribbean_or_african', ProtoEthnicity.BLACK_BLACK_BRITISH_CARIBBEAN_OR_AFRICAN],
    ['mixed_or_multiple', ProtoEthnicity.MIXED_OR_MULTIPLE],
    ['white', ProtoEthnicity.WHITE],
    ['other_ethnic_group', ProtoEthnicity.OTHER_ETHNIC_GROUP],
    ['prefer_not_to_say', ProtoEthnicity.PREFER_NOT_TO_SAY],
  ])('carries the declared ethnicity %s as its census group', (ethnicity, expected) => {
    const message = encodeIdentityMessage(recorded('EthnicityRecorded', { personId: 'p1', organisationId: 'org-1', ethnicity }, 'equality-monitoring-p1'));
    expect(message?.key).toBe('equality-monitoring-p1');
    expect(message?.headers['event-type']).toBe('EthnicityRecorded');
    const decoded = decodeIdentityEvent(message?.value ?? new Uint8Array());
    expect(decoded.event).toMatchObject({ case: 'ethnicityRecorded', value: { personId: 'p1', organisationId: 'org-1', ethnicity: expected } });
  });

  it('carries an objection and its withdrawal', () => {
    for (const objecting of [true, false]) {
      const message = encodeIdentityMessage(
        recorded('SpecialCategoryObjectionChanged', { personId: 'p1', organisationId: 'org-1', objecting }, 'equality-monitoring-p1'),
      );
      expect(decodeIdentityEvent(message?.value ?? new Uint8Array()).event).toMatchObject({
        case: 'specialCategoryObjectionChanged',
        value: { personId: 'p1', organisationId: 'org-1', objecting },
      });
    }
  });

  it('never publishes account events or email reservations', () => {
    expect(encodeIdentityMessage(recorded('PasswordSet', { personId: 'p1', passwordHash: '$argon2id$...', at: 'x' }, 'account-p1'))).toBeNull();
    expect(encodeIdentityMessage(recorded('LoginFailed', { personId: 'p1', at: 'x' }, 'account-p1'))).toBeNull();
    expect(encodeIdentityMessage(recorded('EmailReserved', { personId: 'p1', email: 'a@b' }, 'email-a@b'))).toBeNull();
  });
});
