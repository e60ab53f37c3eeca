import { DeciderSpecification } from '@tapestry/eventsourcing';
import { organisationDecider } from './organisation.decider';
import type { OrganisationEvent } from './organisation.events';

const spec = DeciderSpecification.for(organisationDecider);
const organisationId = 'org-1';
const admin = 'person-admin';
const EQUALITY = 'UK GDPR Art. 9(2)(g) with DPA 2018 Sch. 1 para. 8 (equality of opportunity)';
const EMPLOYMENT = 'UK GDPR Art. 9(2)(b) with DPA 2018 Sch. 1 para. 1 (employment)';

const created: OrganisationEvent = {
  type: 'OrganisationCreated',
  data: { organisationId, name: 'Riverside NHS Foundation Trust', kind: 'nhs_trust', odsCode: 'RX1' },
};
const recorded = (basis: string, recordedOn = '2026-03-02'): OrganisationEvent => ({
  type: 'LawfulBasisRecorded',
  data: { organisationId, basis, recordedBy: admin, recordedOn },
});
const withdrawn: OrganisationEvent = { type: 'LawfulBasisWithdrawn', data: { organisationId, withdrawnBy: admin } };
const record = (basis: string, recordedOn = '2026-03-02') =>
  ({ type: 'RecordLawfulBasis', organisationId, basis, recordedBy: admin, recordedOn }) as const;
const withdraw = { type: 'WithdrawLawfulBasis', organisationId, withdrawnBy: admin } as const;

describe('organisation decider: the lawful basis for special-category data', () => {
  describe('when no organisation exists', () => {
    it('refuses to record a basis', () => {
      spec.given([]).when(record(EQUALITY)).thenThrows('UNKNOWN_ORGANISATION', /Organisation org-1 does not exist/);
    });

    it('refuses to withdraw one', () => {
      spec.given([]).when(withdraw).thenThrows('UNKNOWN_ORGANISATION');
    });
  });

  describe('when the organisation has no basis recorded', () => {
    it('records one, trimmed, with who recorded it and on which day', () => {
      spec.given([created]).when(record(`  ${EQUALITY}\n`)).then([recorded(EQUALITY)]);
    });

    it('accepts exactly 10 characters', () => {
      spec.given([created]).when(record('Art. 9(2)g')).then([recorded('Art. 9(2)g')]);
    });

    it('refuses 9 characters, saying how many it got', () => {
      spec.given([created]).when(record('Art. 9(2)')).thenThrows('INVALID_LAWFUL_BASIS', /needs 10 to 500 characters, got 9/);
    });

    it('counts only what is left after trimming', () => {
      spec.given([created]).when(record('    Art. 9    ')).thenThrows('INVALID_LAWFUL_BASIS', /got 6/);
    });

    it('accepts exactly 500 characters, even with spaces around them', () => {
      const longest = 'x'.repeat(500);
      spec.given([created]).when(record(` ${longest} `)).then([recorded(longest)]);
    });

    it('refuses 501 characters', () => {
      spec.given([created]).when(record('x'.repeat(501))).thenThrows('INVALID_LAWFUL_BASIS', /got 501/);
    });

    it.each(['', '   ', '\n\t'])('refuses a blank basis %p, with an example of one', (basis) => {
      spec.given([created]).when(record(basis)).thenThrows('INVALID_LAWFUL_BASIS', /State the lawful basis, e\.g\. "UK GDPR Art\. 9\(2\)\(g\)/);
    });

    it('has nothing to withdraw', () => {
      spec.given([created]).when(withdraw).thenNothingHappens();
    });
  });

  describe('when a basis is recorded', () => {
    it('records nothing for the same basis again, however it is padded, keeping its first date', () => {
      spec.given([created, recorded(EQUALITY)]).when(record(` ${EQUALITY} `, '2026-05-01')).thenNothingHappens();
    });

    it('replaces it with a different basis', () => {
      spec.given([created, recorded(EQUALITY)]).when(record(EMPLOYMENT, '2026-05-01')).then([recorded(EMPLOYMENT, '2026-05-01')]);
    });

    it('follows the latest basis: going back to the first one is a change again', () => {
      spec.given([created, recorded(EQUALITY), recorded(EMPLOYMENT)]).when(record(EQUALITY, '2026-06-01')).then([recorded(EQUALITY, '2026-06-01')]);
    });

    it('still checks a replacement', () => {
      spec.given([created, recorded(EQUALITY)]).when(record('short')).thenThrows('INVALID_LAWFUL_BASIS');
    });

    it('withdraws it', () => {
      spec.given([created, recorded(EQUALITY)]).when(withdraw).then([withdrawn]);
    });
  });

  describe('when the basis was withdrawn', () => {
    it('has nothing left to withdraw', () => {
      spec.given([created, recorded(EQUALITY), withdrawn]).when(withdraw).thenNothingHappens();
    });

    it('records the same basis afresh', () => {
      spec.given([created, recorded(EQUALITY), withdrawn]).when(record(EQUALITY, '2026-07-01')).then([recorded(EQUALITY, '2026-07-01')]);
    });
  });
});
