import { DeciderSpecification } from '@tapestry/eventsourcing';
import { equalityMonitoringDecider, type PersonStanding } from './equality-monitoring.decider';
import type { EqualityMonitoringEvent } from './equality-monitoring.events';
import type { Ethnicity } from './ethnicity';

const spec = DeciderSpecification.for(equalityMonitoringDecider);
const personId = 'person-1';
const organisationId = 'org-1';
const active: PersonStanding = { status: 'active', organisationId };
const left: PersonStanding = { status: 'left', organisationId, leavingDate: '2026-01-31' };
const absent: PersonStanding = { status: 'absent' };

const recordEthnicity = (ethnicity: string, person: PersonStanding = active) => ({ type: 'RecordEthnicity', personId, ethnicity, person }) as const;
const object = (objecting: boolean, person: PersonStanding = active) => ({ type: 'ChangeSpecialCategoryObjection', personId, objecting, person }) as const;
const ethnicityRecorded = (ethnicity: Ethnicity): EqualityMonitoringEvent => ({ type: 'EthnicityRecorded', data: { personId, organisationId, ethnicity } });
const objectionChanged = (objecting: boolean): EqualityMonitoringEvent => ({
  type: 'SpecialCategoryObjectionChanged',
  data: { personId, organisationId, objecting },
});

describe('equality-monitoring decider', () => {
  describe('when the person has recorded nothing', () => {
    it.each<Ethnicity>(['asian_or_asian_british', 'black_black_british_caribbean_or_african', 'mixed_or_multiple', 'white', 'other_ethnic_group'])(
      'records %s, with the organisation the person works for',
      (ethnicity) => {
        spec.given([]).when(recordEthnicity(ethnicity)).then([ethnicityRecorded(ethnicity)]);
      },
    );

    it('records "prefer not to say" as a declaration like any other', () => {
      spec.given([]).when(recordEthnicity('prefer_not_to_say')).then([ethnicityRecorded('prefer_not_to_say')]);
    });

    it.each(['', 'WHITE', 'british', 'asian'])('refuses the unknown group %p, listing the known ones', (ethnicity) => {
      spec.given([]).when(recordEthnicity(ethnicity)).thenThrows('INVALID_ETHNICITY', /use one of asian_or_asian_british, .*prefer_not_to_say\.$/);
    });

    it('records an objection', () => {
      spec.given([]).when(object(true)).then([objectionChanged(true)]);
    });

    it('has no objection to withdraw: not objecting is where everyone starts', () => {
      spec.given([]).when(object(false)).thenNothingHappens();
    });
  });

  describe('when the person has declared an ethnicity', () => {
    it('records nothing for the same group again', () => {
      spec.given([ethnicityRecorded('white')]).when(recordEthnicity('white')).thenNothingHappens();
    });

    it('replaces it with another group', () => {
      spec.given([ethnicityRecorded('white')]).when(recordEthnicity('mixed_or_multiple')).then([ethnicityRecorded('mixed_or_multiple')]);
    });

    it('replaces it with "prefer not to say"', () => {
      spec.given([ethnicityRecorded('white')]).when(recordEthnicity('prefer_not_to_say')).then([ethnicityRecorded('prefer_not_to_say')]);
    });

    it('keeps the declaration when the person objects, so the two change independently', () => {
      spec.given([ethnicityRecorded('white'), objectionChanged(true)]).when(recordEthnicity('white')).thenNothingHappens();
    });
  });

  describe('when the person objects', () => {
    it('records nothing for a second objection', () => {
      spec.given([objectionChanged(true)]).when(object(true)).thenNothingHappens();
    });

    it('withdraws the objection', () => {
      spec.given([objectionChanged(true)]).when(object(false)).then([objectionChanged(false)]);
    });

    it('still lets them record an ethnicity, keeping the objection', () => {
      spec.given([objectionChanged(true)]).when(recordEthnicity('asian_or_asian_british')).then([ethnicityRecorded('asian_or_asian_british')]);
      spec.given([objectionChanged(true), ethnicityRecorded('asian_or_asian_british')]).when(object(true)).thenNothingHappens();
    });

    it('objects again after withdrawing', () => {
      spec.given([objectionChanged(true), objectionChanged(false)]).when(object(true)).then([objectionChanged(true)]);
    });
  });

  describe('when the person has left', () => {
    it('refuses a new ethnicity, saying when they left', () => {
      spec.given([ethnicityRecorded('white')]).when(recordEthnicity('other_ethnic_group', left)).thenThrows('PERSON_HAS_LEFT', /You left on 2026-01-31/);
    });

    it('refuses withdrawing an objection', () => {
      spec.given([objectionChanged(true)]).when(object(false, left)).thenThrows('PERSON_HAS_LEFT');
    });

    it('still accepts an objection, which only narrows what is processed', () => {
      spec.given([ethnicityRecorded('white')]).when(object(true, left)).then([objectionChanged(true)]);
    });
  });

  describe('when the caller is not a registered person', () => {
    it('refuses to record an ethnicity', () => {
      spec.given([]).when(recordEthnicity('white', absent)).thenThrows('NOT_FOUND');
    });

    it('refuses an objection', () => {
      spec.given([]).when(object(true, absent)).thenThrows('NOT_FOUND');
    });
  });
});
