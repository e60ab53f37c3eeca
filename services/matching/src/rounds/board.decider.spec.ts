import { DeciderSpecification } from '@tapestry/eventsourcing';
import { boardDecider, type BoardEvent, type PairDecision } from './board.decider';

const spec = DeciderSpecification.for(boardDecider);

const decision = (requestId: string, coachId: string, reason = 'Lead knows them both'): PairDecision => ({
  requestId,
  coachId,
  reason,
  decidedBy: 'priya',
  decidedAt: '2026-03-09T10:00:00.000Z',
});
const pinned = (requestId: string, coachId: string): BoardEvent => ({ type: 'PairPinned', data: decision(requestId, coachId) });
const excluded = (requestId: string, coachId: string): BoardEvent => ({ type: 'PairExcluded', data: decision(requestId, coachId) });
const pin = (requestId: string, coachId: string) => ({ type: 'PinPair', decision: decision(requestId, coachId) }) as const;
const exclude = (requestId: string, coachId: string) => ({ type: 'ExcludePair', decision: decision(requestId, coachId) }) as const;
const release = (requestId: string, coachId: string) => ({ type: 'ReleasePair', pair: { requestId, coachId } }) as const;

describe('pinning a pair', () => {
  it('pins a pair with the lead’s reason, and refuses the same pin twice', () => {
    spec.given([]).when(pin('request-1', 'morgan')).then([pinned('request-1', 'morgan')]);
    spec.given([pinned('request-1', 'morgan')]).when(pin('request-1', 'morgan')).thenThrows('CONFLICT', /already pinned/);
  });

  it('keeps one pin per request: a new pin replaces the request’s previous one', () => {
    const repinned = [pinned('request-1', 'morgan'), pinned('request-1', 'alex')];
    // Morgan's pin was replaced, so pinning Morgan again is a new pin, not a duplicate.
    spec.given(repinned).when(pin('request-1', 'morgan')).then([pinned('request-1', 'morgan')]);
    spec.given(repinned).when(pin('request-1', 'alex')).thenThrows('CONFLICT');
    spec.given(repinned).when(release('request-1', 'morgan')).thenNothingHappens();
  });

  it('keeps pins of other requests when a request is pinned again', () => {
    spec.given([pinned('request-1', 'morgan'), pinned('request-2', 'alex')]).when(pin('request-2', 'alex')).thenThrows('CONFLICT');
  });

  it('lifts an exclusion of the pair it pins', () => {
    spec.given([excluded('request-1', 'morgan'), pinned('request-1', 'morgan')]).when(exclude('request-1', 'morgan')).then([excluded('request-1', 'morgan')]);
  });
});

describe('excluding a pair', () => {
  it('excludes a pair, and refuses the same exclusion twice', () => {
    spec.given([]).when(exclude('request-1', 'morgan')).then([excluded('request-1', 'morgan')]);
    spec.given([excluded('request-1', 'morgan')]).when(exclude('request-1', 'morgan')).thenThrows('CONFLICT', /already excluded/);
  });

  it('lifts the pin of the pair it excludes', () => {
    spec.given([pinned('request-1', 'morgan'), excluded('request-1', 'morgan')]).when(pin('request-1', 'morgan')).then([pinned('request-1', 'morgan')]);
  });

  it('leaves the request’s pin to another coach in place', () => {
    spec.given([pinned('request-1', 'alex'), excluded('request-1', 'morgan')]).when(pin('request-1', 'alex')).thenThrows('CONFLICT');
  });
});

describe('releasing a pair', () => {
  it('releases a pinned or excluded pair, and nothing else', () => {
    spec.given([pinned('request-1', 'morgan')]).when(release('request-1', 'morgan')).then([{ type: 'PairReleased', data: { requestId: 'request-1', coachId: 'morgan' } }]);
    spec.given([excluded('request-1', 'morgan')]).when(release('request-1', 'morgan')).then([{ type: 'PairReleased', data: { requestId: 'request-1', coachId: 'morgan' } }]);
    spec.given([]).when(release('request-1', 'morgan')).thenNothingHappens();
  });

  it('allows the pair to be pinned again once released', () => {
    spec
      .given([pinned('request-1', 'morgan'), { type: 'PairReleased', data: { requestId: 'request-1', coachId: 'morgan' } }])
      .when(pin('request-1', 'morgan'))
      .then([pinned('request-1', 'morgan')]);
  });
});
