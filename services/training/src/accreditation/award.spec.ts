import { DeciderSpecification } from '@tapestry/eventsourcing';
import { accreditationDecider } from './accreditation.decider';
import { awardFoundation, coaching, cpd, foundationAwarded, foundationEvidence, supervision } from './accreditation.fixtures';

const spec = DeciderSpecification.for(accreditationDecider);
const practitionerFacts = { awardedByProgrammeLead: true, trainingHours: 20, developmentCentre: { averageRating: 2.75, assessedOn: '2025-07-01' } };
const practitionerEvidence = [
  ...foundationEvidence,
  ...Array.from({ length: 32 }, (_, i) => coaching(`later-${i}`, 1.5)),
  ...Array.from({ length: 6 }, (_, i) => supervision(`later-supervision-${i}`, 1)),
  cpd('cpd-1', 10),
  cpd('cpd-2', 6),
];

describe('awarding an accreditation level', () => {
  it('awards the first level, recording the evidence it was judged on', () => {
    spec.given(foundationEvidence).when(awardFoundation()).then([foundationAwarded]);
  });

  it('awards the next level once its evidence is in', () => {
    const command = awardFoundation({ level: 'practitioner', facts: practitionerFacts });
    const evidence = { trainingHours: 20, practiceHours: 60, supervisionHours: 8, cpdHours: 16, developmentCentre: practitionerFacts.developmentCentre };
    spec
      .given([...practitionerEvidence, foundationAwarded])
      .when(command)
      .then([{ type: 'AccreditationAwarded', data: { ...foundationAwarded.data, level: 'practitioner', evidence } }]);
  });

  it('refuses without the evidence, listing what is missing', () => {
    spec
      .given([coaching('session-1', 1.5)])
      .when(awardFoundation())
      .thenThrows('INSUFFICIENT_EVIDENCE', /10\.5 more hours of coaching or mentoring \(1\.5 of 12\); 2 more hours of supervision \(0 of 2\)/);
  });

  it('refuses a development centre result below the level', () => {
    const facts = { ...practitionerFacts, developmentCentre: { averageRating: 2.25, assessedOn: '2025-07-01' } };
    spec
      .given([...practitionerEvidence, foundationAwarded])
      .when(awardFoundation({ level: 'practitioner', facts }))
      .thenThrows('INSUFFICIENT_EVIDENCE', /development centre average of at least 2\.5 \(latest: 2\.25\)/);
  });

  it('refuses to skip a level', () => {
    spec.given(practitionerEvidence).when(awardFoundation({ level: 'practitioner', facts: practitionerFacts })).thenThrows('CANNOT_SKIP_LEVEL', /next level for this coach is foundation/);
  });

  it('refuses a level already held, or a lower one', () => {
    spec.given([...foundationEvidence, foundationAwarded]).when(awardFoundation()).thenThrows('ALREADY_AWARDED');
  });

  it('refuses anyone but a programme lead', () => {
    const facts = { awardedByProgrammeLead: false, trainingHours: 6.5, developmentCentre: null };
    spec.given(foundationEvidence).when(awardFoundation({ facts })).thenThrows('FORBIDDEN');
  });

  it('refuses a programme lead awarding themselves', () => {
    spec.given(foundationEvidence).when(awardFoundation({ awardedBy: 'asha' })).thenThrows('FORBIDDEN', /to themselves/);
  });

  it('refuses a level it does not know', () => {
    spec.given(foundationEvidence).when(awardFoundation({ level: 'grandmaster' })).thenThrows('BAD_USER_INPUT', /Unknown level "grandmaster"/);
  });
});
