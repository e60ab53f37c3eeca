import { DeciderSpecification } from '@tapestry/eventsourcing';
import { concernAuditTrail } from './concern-audit';
import { concernDecider, type ConcernCommand, type RaiseConcern } from './concern.decider';
import type { ConcernEvent, ConcernKind } from './concern.events';

const spec = DeciderSpecification.for(concernDecider);
const at = (time: string): Date => new Date(`2026-05-0${time}:00.000Z`);

const raise = (overrides: Partial<RaiseConcern> = {}): RaiseConcern => ({
  type: 'RaiseConcern',
  concernId: 'concern-1',
  kind: 'safeguarding',
  relationshipId: 'rel-1',
  actorId: 'morgan',
  organisationId: 'trust-1',
  summary: '  My mentee described something I think is a safeguarding matter.  ',
  relationshipCoachId: 'morgan',
  supervisorIds: ['alex'],
  programmeLeadId: 'priya',
  now: at('1T09:00'),
  ...overrides,
});
const view = (actorId: string): ConcernCommand => ({ type: 'ViewConcern', actorId, now: at('1T10:00') });
const acknowledge = (actorId = 'alex'): ConcernCommand => ({ type: 'AcknowledgeConcern', actorId, now: at('1T11:00') });
const resolve = (resolution = 'Referred to the trust’s safeguarding lead; mentee supported.', actorId = 'alex'): ConcernCommand => ({
  type: 'ResolveConcern',
  actorId,
  resolution,
  now: at('3T15:00'),
});

const raised: ConcernEvent = {
  type: 'ConcernRaised',
  data: {
    concernId: 'concern-1',
    kind: 'safeguarding',
    relationshipId: 'rel-1',
    raisedBy: 'morgan',
    organisationId: 'trust-1',
    summary: 'My mentee described something I think is a safeguarding matter.',
    recipients: ['alex', 'priya'],
    raisedAt: at('1T09:00').toISOString(),
  },
};
const acknowledged: ConcernEvent = { type: 'ConcernAcknowledged', data: { concernId: 'concern-1', acknowledgedBy: 'alex', acknowledgedAt: at('1T11:00').toISOString() } };
const resolved: ConcernEvent = {
  type: 'ConcernResolved',
  data: { concernId: 'concern-1', resolvedBy: 'alex', resolution: 'Referred to the trust’s safeguarding lead; mentee supported.', resolvedAt: at('3T15:00').toISOString() },
};

describe('raising a concern', () => {
  it('sends it to the coach’s supervisors and, by policy, the programme lead', () => {
    spec.given([]).when(raise()).then([raised]);
    spec
      .given([])
      .when(raise({ programmeLeadId: null, kind: 'ethical' }))
      .then([{ ...raised, data: { ...raised.data, kind: 'ethical', recipients: ['alex'] } }]);
  });

  it('refuses a concern about a relationship that is not the coach’s, or unknown', () => {
    spec.given([]).when(raise({ relationshipCoachId: 'sasha' })).thenThrows('FORBIDDEN');
    spec.given([]).when(raise({ relationshipCoachId: null })).thenThrows('NOT_FOUND');
  });

  it('refuses an empty concern, an unknown kind, or one with nobody to go to', () => {
    spec.given([]).when(raise({ summary: '   ' })).thenThrows('BAD_USER_INPUT', /cannot be empty/);
    spec.given([]).when(raise({ kind: 'gossip' as ConcernKind })).thenThrows('BAD_USER_INPUT', /ethical or safeguarding/);
    spec.given([]).when(raise({ supervisorIds: [], programmeLeadId: null })).thenThrows('NO_RECIPIENT');
  });

  it('refuses raising the same concern twice', () => {
    spec.given([raised]).when(raise()).thenThrows('CONFLICT');
  });
});

describe('handling a concern', () => {
  it('lets the recipients and the coach read it, and records each reading', () => {
    spec.given([raised]).when(view('priya')).then([{ type: 'ConcernViewed', data: { concernId: 'concern-1', viewedBy: 'priya', viewedAt: at('1T10:00').toISOString() } }]);
    spec.given([raised]).when(view('morgan')).then([{ type: 'ConcernViewed', data: { concernId: 'concern-1', viewedBy: 'morgan', viewedAt: at('1T10:00').toISOString() } }]);
    spec.given([raised]).when(view('jo')).thenThrows('FORBIDDEN');
    spec.given([]).when(view('alex')).thenThrows('NOT_FOUND');
  });

  it('is acknowledged once, by a recipient', () => {
    spec.given([raised]).when(acknowledge()).then([acknowledged]);
    spec.given([raised, acknowledged]).when(acknowledge('priya')).thenThrows('ALREADY_ACKNOWLEDGED');
    spec.given([raised]).when(acknowledge('morgan')).thenThrows('FORBIDDEN');
  });

  it('is resolved with a resolution, from raised or acknowledged', () => {
    spec.given([raised, acknowledged]).when(resolve()).then([resolved]);
    spec.given([raised]).when(resolve()).then([resolved]);
  });

  it('refuses resolving twice, and acknowledging once resolved', () => {
    spec.given([raised, acknowledged, resolved]).when(resolve()).thenThrows('ALREADY_RESOLVED', /resolved on 2026-05-03/);
    spec.given([raised, resolved]).when(acknowledge()).thenThrows('ALREADY_RESOLVED');
  });

  it('refuses a resolution with no text, or by someone it did not go to', () => {
    spec.given([raised]).when(resolve('  ')).thenThrows('BAD_USER_INPUT', /resolution cannot be empty/);
    spec.given([raised]).when(resolve(undefined, 'morgan')).thenThrows('FORBIDDEN');
    spec.given([raised]).when(resolve(undefined, 'jo')).thenThrows('FORBIDDEN');
  });
});

describe('the audit trail', () => {
  it('says who saw or changed the concern, and when, in order', () => {
    const viewed: ConcernEvent = { type: 'ConcernViewed', data: { concernId: 'concern-1', viewedBy: 'priya', viewedAt: at('1T10:00').toISOString() } };
    expect(concernAuditTrail([raised, viewed, acknowledged, resolved])).toEqual([
      { at: '2026-05-01T09:00:00.000Z', actorId: 'morgan', action: 'raised' },
      { at: '2026-05-01T10:00:00.000Z', actorId: 'priya', action: 'viewed' },
      { at: '2026-05-01T11:00:00.000Z', actorId: 'alex', action: 'acknowledged' },
      { at: '2026-05-03T15:00:00.000Z', actorId: 'alex', action: 'resolved' },
    ]);
  });
});
