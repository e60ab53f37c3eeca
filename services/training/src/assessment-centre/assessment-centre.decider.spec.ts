import { DeciderSpecification } from '@tapestry/eventsourcing';
import type { AddCandidate, PlanAssessmentCentre, RecordCandidateOutcome } from './assessment-centre.commands';
import { assessmentCentreDecider } from './assessment-centre.decider';
import type { AssessmentCentreEvent } from './assessment-centre.events';

const spec = DeciderSpecification.for(assessmentCentreDecider);
const centreId = 'centre-1';
const planning = new Date('2025-08-01T09:00:00.000Z');
const onTheDay = new Date('2025-09-10T15:00:00.000Z');

const planCentre = (overrides: Partial<PlanAssessmentCentre> = {}): PlanAssessmentCentre => ({
  type: 'PlanAssessmentCentre',
  centreId,
  organisationId: 'org-1',
  date: '2025-09-10',
  assessors: ['assessor-1', 'assessor-2', 'assessor-1'],
  plannedBy: 'lead-1',
  now: planning,
  ...overrides,
});
const planned: AssessmentCentreEvent = {
  type: 'AssessmentCentrePlanned',
  data: { centreId, organisationId: 'org-1', date: '2025-09-10', assessors: ['assessor-1', 'assessor-2'], plannedBy: 'lead-1', plannedAt: planning.toISOString() },
};
const add = (personId: string, now = planning): AddCandidate => ({ type: 'AddCandidate', centreId, personId, addedBy: 'lead-1', now });
const added = (personId: string): AssessmentCentreEvent => ({ type: 'CandidateAdded', data: { centreId, personId, addedBy: 'lead-1', addedAt: planning.toISOString() } });
const record = (overrides: Partial<RecordCandidateOutcome> = {}): RecordCandidateOutcome => ({
  type: 'RecordCandidateOutcome',
  centreId,
  personId: 'asha',
  outcome: 'selected',
  feedback: 'Strong contracting and listening.',
  recordedBy: 'assessor-1',
  now: onTheDay,
  ...overrides,
});
const selected: AssessmentCentreEvent = {
  type: 'CandidateOutcomeRecorded',
  data: {
    centreId,
    organisationId: 'org-1',
    personId: 'asha',
    outcome: 'selected',
    feedback: 'Strong contracting and listening.',
    recordedBy: 'assessor-1',
    recordedAt: onTheDay.toISOString(),
  },
};

describe('planning an assessment centre', () => {
  it('records the date and each assessor once', () => {
    spec.given([]).when(planCentre()).then([planned]);
  });

  it('refuses a centre twice, a past date, a non-date or no assessors', () => {
    spec.given([planned]).when(planCentre()).thenThrows('CENTRE_EXISTS');
    spec.given([]).when(planCentre({ date: '2025-07-31' })).thenThrows('EVENT_IN_PAST');
    spec.given([]).when(planCentre({ date: '10/09/2025' })).thenThrows('BAD_USER_INPUT', /not a date/);
    spec.given([]).when(planCentre({ assessors: [] })).thenThrows('BAD_USER_INPUT', /at least one assessor/);
  });
});

describe('candidates', () => {
  it('adds a candidate', () => {
    spec.given([planned]).when(add('asha')).then([added('asha')]);
  });

  it('refuses a candidate twice, an assessor as candidate, after the day, or at an unknown centre', () => {
    spec.given([planned, added('asha')]).when(add('asha')).thenThrows('ALREADY_CANDIDATE');
    spec.given([planned]).when(add('assessor-2')).thenThrows('BAD_USER_INPUT', /cannot also be a candidate/);
    spec.given([planned]).when(add('ben', new Date('2025-09-11T09:00:00.000Z'))).thenThrows('EVENT_IN_PAST');
    spec.given([]).when(add('asha')).thenThrows('NOT_FOUND');
  });
});

describe('recording an outcome', () => {
  it('records the outcome with feedback for the candidate', () => {
    spec.given([planned, added('asha')]).when(record()).then([selected]);
  });

  it('records "not yet" and "declined" too', () => {
    for (const outcome of ['not_yet', 'declined'] as const) {
      spec.given([planned, added('asha')]).when(record({ outcome })).then([{ ...selected, data: { ...selected.data, outcome } }]);
    }
  });

  it('refuses an outcome twice', () => {
    spec.given([planned, added('asha'), selected]).when(record({ outcome: 'declined' })).thenThrows('ALREADY_DECIDED', /\(selected\)/);
  });

  it('refuses anyone but an assessor', () => {
    spec.given([planned, added('asha')]).when(record({ recordedBy: 'lead-1' })).thenThrows('NOT_ASSESSOR');
  });

  it('refuses someone who is not a candidate', () => {
    spec.given([planned, added('asha')]).when(record({ personId: 'ben' })).thenThrows('NOT_A_CANDIDATE');
  });

  it('refuses an outcome before the day', () => {
    spec.given([planned, added('asha')]).when(record({ now: new Date('2025-09-09T12:00:00.000Z') })).thenThrows('EVENT_NOT_STARTED');
  });

  it('refuses an unknown outcome or missing feedback', () => {
    spec.given([planned, added('asha')]).when(record({ outcome: 'maybe' })).thenThrows('BAD_USER_INPUT', /one of selected, not_yet, declined/);
    spec.given([planned, added('asha')]).when(record({ feedback: '' })).thenThrows('BAD_USER_INPUT', /Feedback is required/);
  });

  it('refuses an unknown centre', () => {
    spec.given([]).when(record()).thenThrows('NOT_FOUND');
  });
});
