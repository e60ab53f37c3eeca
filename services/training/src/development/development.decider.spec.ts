import { DeciderSpecification } from '@tapestry/eventsourcing';
import type { AddDevelopmentPlanItem, JoinActionLearningSet } from './development.commands';
import { developmentDecider } from './development.decider';
import type { DevelopmentEvent } from './development.events';
import { assessAsha, ashaAssessed, now, personId } from './development.fixtures';
import { repeatAssessment } from './development.state';

const spec = DeciderSpecification.for(developmentDecider);
const ratings = assessAsha().ratings;

describe('recording a development centre assessment', () => {
  it('records ratings in framework order, their average, and a repeat due in twelve months', () => {
    spec.given([]).when(assessAsha({ ratings: [...ratings].reverse(), assessors: ['assessor-1', 'assessor-2', 'assessor-1'] })).then([ashaAssessed]);
  });

  it('records a repeat assessment', () => {
    const repeat = assessAsha({ assessmentId: 'assessment-2', assessedOn: '2026-05-18', now: new Date('2026-05-19T09:00:00.000Z') });
    const data = { ...ashaAssessed.data, assessmentId: 'assessment-2', assessedOn: '2026-05-18', repeatDueOn: '2027-05-18', recordedAt: '2026-05-19T09:00:00.000Z' };
    spec.given([ashaAssessed]).when(repeat).then([{ type: 'DevelopmentAssessmentRecorded', data }]);
  });

  it('refuses the same assessment twice', () => {
    spec.given([ashaAssessed]).when(assessAsha()).thenThrows('ASSESSMENT_EXISTS');
  });

  it.each([
    ['no assessors', { assessors: [] }, /at least one assessor/],
    ['the coach assessing themselves', { assessors: ['assessor-1', personId] }, /cannot assess their own/],
    ['no recording reference', { recordingRef: ' ' }, /Recording reference is required/],
    ['an assessment dated in the future', { assessedOn: '2025-05-21' }, /in the future/],
    ['a competency missing', { ratings: ratings.slice(1) }, /missing: understanding_self/],
    ['a competency rated twice', { ratings: [...ratings, ratings[0]] }, /rated twice/],
    ['an unknown competency', { ratings: [...ratings.slice(1), { competency: 'charisma', rating: 3, feedback: 'x' }] }, /Unknown competency "charisma"/],
    ['a rating of 5', { ratings: [{ ...ratings[0], rating: 5 }, ...ratings.slice(1)] }, /from 1 to 4, got 5/],
    ['a rating of 0', { ratings: [{ ...ratings[0], rating: 0 }, ...ratings.slice(1)] }, /from 1 to 4, got 0/],
    ['a fractional rating', { ratings: [{ ...ratings[0], rating: 2.5 }, ...ratings.slice(1)] }, /from 1 to 4, got 2.5/],
    ['a rating without feedback', { ratings: [{ ...ratings[0], feedback: '' }, ...ratings.slice(1)] }, /Feedback on understanding_self is required/],
  ])('refuses %s', (_case, overrides, message) => {
    spec.given([]).when(assessAsha(overrides)).thenThrows('BAD_USER_INPUT', message);
  });
});

describe('the personal development plan', () => {
  const add = (overrides: Partial<AddDevelopmentPlanItem> = {}): AddDevelopmentPlanItem => ({
    type: 'AddDevelopmentPlanItem',
    personId,
    itemId: 'item-1',
    competency: 'enabling_insight_and_learning',
    action: 'Practise open questions in supervision',
    targetDate: '2025-09-30',
    now,
    ...overrides,
  });
  const added: DevelopmentEvent = {
    type: 'DevelopmentPlanItemAdded',
    data: { personId, itemId: 'item-1', competency: 'enabling_insight_and_learning', action: 'Practise open questions in supervision', targetDate: '2025-09-30', addedAt: now.toISOString() },
  };
  const complete = { type: 'CompleteDevelopmentPlanItem', personId, itemId: 'item-1', now } as const;
  const completed: DevelopmentEvent = { type: 'DevelopmentPlanItemCompleted', data: { personId, itemId: 'item-1', completedAt: now.toISOString() } };

  it('adds an item against a competency', () => {
    spec.given([ashaAssessed]).when(add()).then([added]);
  });

  it('completes an item once', () => {
    spec.given([ashaAssessed, added]).when(complete).then([completed]);
    spec.given([ashaAssessed, added, completed]).when(complete).thenNothingHappens();
  });

  it('needs an assessment first', () => {
    spec.given([]).when(add()).thenThrows('NOT_ASSESSED');
    spec.given([]).when(complete).thenThrows('NOT_ASSESSED');
  });

  it('refuses an item twice, an unknown item, a past target or an unknown competency', () => {
    spec.given([ashaAssessed, added]).when(add()).thenThrows('PLAN_ITEM_EXISTS');
    spec.given([ashaAssessed]).when(complete).thenThrows('NOT_FOUND');
    spec.given([ashaAssessed]).when(add({ targetDate: '2025-05-19' })).thenThrows('BAD_USER_INPUT', /has passed/);
    spec.given([ashaAssessed]).when(add({ competency: 'charisma' })).thenThrows('BAD_USER_INPUT', /Unknown competency/);
    spec.given([ashaAssessed]).when(add({ action: '' })).thenThrows('BAD_USER_INPUT', /Action is required/);
  });
});

describe('action learning', () => {
  const join = (overrides: Partial<JoinActionLearningSet> = {}): JoinActionLearningSet => ({
    type: 'JoinActionLearningSet',
    personId,
    setId: 'set-north',
    joinedOn: '2025-06-01',
    now,
    ...overrides,
  });
  const joined: DevelopmentEvent = { type: 'ActionLearningSetJoined', data: { personId, setId: 'set-north', joinedOn: '2025-06-01', endsOn: '2026-06-01' } };

  it('joins a set for a year', () => {
    spec.given([ashaAssessed]).when(join()).then([joined]);
  });

  it('refuses a second set while the first year runs, and allows one after', () => {
    spec.given([ashaAssessed, joined]).when(join({ setId: 'set-south', joinedOn: '2026-05-31' })).thenThrows('ALREADY_IN_SET');
    spec
      .given([ashaAssessed, joined])
      .when(join({ setId: 'set-south', joinedOn: '2026-06-01' }))
      .then([{ type: 'ActionLearningSetJoined', data: { personId, setId: 'set-south', joinedOn: '2026-06-01', endsOn: '2027-06-01' } }]);
  });

  it('needs an assessment first, and a real date', () => {
    spec.given([]).when(join()).thenThrows('NOT_ASSESSED');
    spec.given([ashaAssessed]).when(join({ joinedOn: 'June' })).thenThrows('BAD_USER_INPUT', /not a date/);
  });
});

describe('the repeat assessment', () => {
  const state = (events: DevelopmentEvent[]) => events.reduce(developmentDecider.evolve, developmentDecider.initialState);

  it('is due twelve months after the latest assessment, and overdue after that day', () => {
    expect(repeatAssessment(state([]), '2026-01-01')).toBeNull();
    expect(repeatAssessment(state([ashaAssessed]), '2026-05-19')).toEqual({ dueOn: '2026-05-19', overdue: false });
    expect(repeatAssessment(state([ashaAssessed]), '2026-05-20')).toEqual({ dueOn: '2026-05-19', overdue: true });
  });

  it('counts from the newest assessment even when an older one is recorded late', () => {
    const older = { type: 'DevelopmentAssessmentRecorded', data: { ...ashaAssessed.data, assessmentId: 'assessment-0', assessedOn: '2024-05-01', repeatDueOn: '2025-05-01' } } as const;
    expect(repeatAssessment(state([ashaAssessed, older]), '2025-06-01')).toEqual({ dueOn: '2026-05-19', overdue: false });
  });
});
