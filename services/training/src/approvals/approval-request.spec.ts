import { DeciderSpecification } from '@tapestry/eventsourcing';
import { approvalDecider } from './approval.decider';
import { decideAsManager, granted, requestForAsha, requested, subject } from './approval.fixtures';

const spec = DeciderSpecification.for(approvalDecider);

describe('requesting line-manager approval', () => {
  it("routes the request to the person's current line manager", () => {
    spec.given([]).when(requestForAsha()).then([requested]);
  });

  it('accepts a request to be released for coaching as a coachee', () => {
    spec
      .given([])
      .when(requestForAsha({ kind: 'release_for_coaching', programme: 'returners' }))
      .then([{ ...requested, data: { ...requested.data, kind: 'release_for_coaching', programme: 'returners' } }]);
  });

  it('refuses the same request twice', () => {
    spec.given([requested]).when(requestForAsha()).thenThrows('APPROVAL_EXISTS');
  });

  it('refuses a person who has left', () => {
    spec.given([]).when(requestForAsha({ facts: { lineManagerId: 'manager-1', personEmployed: false } })).thenThrows('PERSON_HAS_LEFT');
  });

  it('refuses a person with no line manager on record', () => {
    spec.given([]).when(requestForAsha({ facts: { lineManagerId: null, personEmployed: true } })).thenThrows('NO_LINE_MANAGER');
  });

  it.each([
    ['an unknown kind', { kind: 'practise_as_therapist' }, /Unknown approval kind/],
    ['an unknown programme', { programme: 'leadership' }, /Unknown programme "leadership"/],
  ])('refuses %s', (_case, overrides, message) => {
    spec.given([]).when(requestForAsha(overrides)).thenThrows('BAD_USER_INPUT', message);
  });
});

describe('deciding an approval', () => {
  const admin = { isCurrentLineManager: false, isOrganisationAdminActingForAbsent: true, personEmployed: true };

  it('grants it for the configured period when the current line manager approves', () => {
    spec.given([requested]).when(decideAsManager()).then([granted]);
  });

  it('keeps an optional reason with an approval', () => {
    spec
      .given([requested])
      .when(decideAsManager({ reason: ' Good fit for the pool ', validityMonths: 6 }))
      .then([{ ...granted, data: { ...granted.data, reason: 'Good fit for the pool', expiresAt: '2025-09-05T14:30:00.000Z' } }]);
  });

  it('records an organisation admin acting for an absent manager as such', () => {
    spec
      .given([requested])
      .when(decideAsManager({ decidedBy: 'admin-1', facts: admin }))
      .then([{ ...granted, data: { ...granted.data, decidedBy: 'admin-1', decidedAs: 'organisation_admin_for_absent_manager' } }]);
  });

  it('declines with the reason given', () => {
    const { expiresAt: _expiresAt, ...decided } = granted.data;
    spec
      .given([requested])
      .when(decideAsManager({ decision: 'decline', reason: 'Ward short-staffed until the summer' }))
      .then([{ type: 'ApprovalDeclined', data: { ...decided, reason: 'Ward short-staffed until the summer' } }]);
  });

  it('refuses a decline without a reason', () => {
    spec.given([requested]).when(decideAsManager({ decision: 'decline', reason: ' ' })).thenThrows('BAD_USER_INPUT', /Reason for declining is required/);
  });

  it('refuses someone who is not the current line manager', () => {
    const facts = { isCurrentLineManager: false, isOrganisationAdminActingForAbsent: false, personEmployed: true };
    spec.given([requested]).when(decideAsManager({ decidedBy: 'manager-2', facts })).thenThrows('NOT_LINE_MANAGER');
  });

  it('refuses a person deciding their own request, whatever their roles', () => {
    spec.given([requested]).when(decideAsManager({ decidedBy: subject.personId, facts: admin })).thenThrows('NOT_LINE_MANAGER');
  });

  it('refuses a decision for a person who has left', () => {
    const facts = { isCurrentLineManager: true, isOrganisationAdminActingForAbsent: false, personEmployed: false };
    spec.given([requested]).when(decideAsManager({ facts })).thenThrows('PERSON_HAS_LEFT');
  });

  it('refuses to decide twice', () => {
    spec.given([requested, granted]).when(decideAsManager({ decision: 'decline', reason: 'Changed my mind' })).thenThrows('ALREADY_DECIDED', /already been approved/);
  });

  it.each([
    ['a decision it does not know', { decision: 'maybe' }, /"approve" or "decline"/],
    ['a validity of no months', { validityMonths: 0 }, /1 to 60 whole months/],
    ['an absurd validity', { validityMonths: 600 }, /1 to 60 whole months/],
  ])('refuses %s', (_case, overrides, message) => {
    spec.given([requested]).when(decideAsManager(overrides)).thenThrows('BAD_USER_INPUT', message);
  });

  it('refuses a request that does not exist', () => {
    spec.given([]).when(decideAsManager()).thenThrows('NOT_FOUND');
  });
});
