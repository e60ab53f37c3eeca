import { DeciderSpecification } from '@tapestry/eventsourcing';
import { requestDecider, type RequestCommand, type RequestDetails, type RequestEvent } from './request.decider';

const spec = DeciderSpecification.for(requestDecider);

const requestId = 'request-1';
const details: RequestDetails = {
  requestId,
  requesterId: 'sam',
  organisationId: 'trust-1',
  programme: 'GENERAL',
  kind: 'mentoring',
  goals: 'Prepare for a band 7 interview panel',
  topics: ['interviews'],
  preferences: {
    site: 'any',
    format: 'either',
    shiftCompatible: false,
    outsideDirectorate: true,
    outsideStaffGroup: false,
    outsideOrganisation: false,
    notSameTeam: true,
    gender: null,
  },
  requestedAt: '2026-03-02T09:00:00.000Z',
};
const now = new Date('2026-03-09T10:00:00.000Z');

const requested: RequestEvent = { type: 'SupportRequested', data: details };
const withdrawn: RequestEvent = {
  type: 'RequestWithdrawn',
  data: { requestId, requesterId: 'sam', organisationId: 'trust-1', programme: 'GENERAL', withdrawnAt: now.toISOString() },
};
const matchedWithMorgan: RequestEvent = { type: 'RequestMatched', data: { requestId, relationshipId: 'rel-1', coachId: 'morgan' } };
const reopened: RequestEvent = { type: 'RequestReopened', data: { requestId, relationshipId: 'rel-1', declinedCoachId: 'morgan' } };

const withdraw: RequestCommand = { type: 'WithdrawRequest', requestId, now };
const matchWith = (coachId: string, relationshipId = 'rel-2'): RequestCommand => ({ type: 'MatchRequest', requestId, relationshipId, coachId });

describe('asking for support', () => {
  it('records the request with its goals and preferences', () => {
    spec.given([]).when({ type: 'RequestSupport', details }).then([requested]);
  });

  it('refuses to record the same request twice', () => {
    spec.given([requested]).when({ type: 'RequestSupport', details }).thenThrows('CONFLICT');
  });
});

describe('withdrawing a request', () => {
  it('withdraws an open request, saying when', () => {
    spec.given([requested]).when(withdraw).then([withdrawn]);
  });

  it('refuses to withdraw twice', () => {
    spec.given([requested, withdrawn]).when(withdraw).thenThrows('REQUEST_CLOSED', /already been withdrawn/);
  });

  it('refuses once matched, pointing to declining or closing instead', () => {
    spec.given([requested, matchedWithMorgan]).when(withdraw).thenThrows('REQUEST_MATCHED', /decline or close the relationship/);
  });

  it('says a request that was never made does not exist', () => {
    spec.given([]).when(withdraw).thenThrows('NOT_FOUND');
  });
});

describe('matching a request', () => {
  it('matches an open request to a coach', () => {
    spec.given([requested]).when(matchWith('morgan', 'rel-1')).then([matchedWithMorgan]);
  });

  it('refuses a request already matched or withdrawn, asking for the round to be re-run', () => {
    spec.given([requested, matchedWithMorgan]).when(matchWith('alex')).thenThrows('REQUEST_NOT_OPEN', /re-run the round/);
    spec.given([requested, withdrawn]).when(matchWith('alex')).thenThrows('REQUEST_NOT_OPEN');
  });

  it('never matches the request again with a coach who was declined', () => {
    spec.given([requested, matchedWithMorgan, reopened]).when(matchWith('morgan')).thenThrows('DECLINED_BEFORE');
  });

  it('matches a reopened request with someone else', () => {
    spec
      .given([requested, matchedWithMorgan, reopened])
      .when(matchWith('alex'))
      .then([{ type: 'RequestMatched', data: { requestId, relationshipId: 'rel-2', coachId: 'alex' } }]);
  });
});

describe('reopening and fulfilling', () => {
  it('reopens a matched request when its relationship is declined, remembering the declined coach', () => {
    spec.given([requested, matchedWithMorgan]).when({ type: 'ReopenRequest', requestId, relationshipId: 'rel-1' }).then([reopened]);
  });

  it('ignores a reopen for another relationship, or once already open', () => {
    spec.given([requested, matchedWithMorgan]).when({ type: 'ReopenRequest', requestId, relationshipId: 'rel-9' }).thenNothingHappens();
    spec.given([requested, matchedWithMorgan, reopened]).when({ type: 'ReopenRequest', requestId, relationshipId: 'rel-1' }).thenNothingHappens();
  });

  it('fulfils a matched request once its relationship starts, only for that relationship', () => {
    spec
      .given([requested, matchedWithMorgan])
      .when({ type: 'FulfilRequest', requestId, relationshipId: 'rel-1' })
      .then([{ type: 'RequestFulfilled', data: { requestId, relationshipId: 'rel-1' } }]);
    spec.given([requested, matchedWithMorgan]).when({ type: 'FulfilRequest', requestId, relationshipId: 'rel-9' }).thenNothingHappens();
  });

  it('refuses a withdrawal once fulfilled', () => {
    const fulfilled: RequestEvent = { type: 'RequestFulfilled', data: { requestId, relationshipId: 'rel-1' } };
    spec.given([requested, matchedWithMorgan, fulfilled]).when(withdraw).thenThrows('REQUEST_MATCHED');
  });
});
