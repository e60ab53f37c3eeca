import { DeciderSpecification } from '@tapestry/eventsourcing';
import { pauseDecider, type PauseCommand } from './pause.decider';
import type { PauseEvent } from './pause.events';

const spec = DeciderSpecification.for(pauseDecider);
const now = new Date('2026-05-04T09:00:00.000Z');
const by = { coachId: 'morgan', organisationId: 'trust-1', actorId: 'alex', actorSupervisesCoach: true, today: '2026-05-04', now };

const pause = (reason: string, overrides: Partial<typeof by> = {}): PauseCommand => ({ type: 'PauseCoach', reason, ...by, ...overrides });
const resume = (note: string | null = null, overrides: Partial<typeof by> = {}): PauseCommand => ({ type: 'ResumeCoach', note, ...by, ...overrides });

const paused: PauseEvent = {
  type: 'CoachPausedBySupervisor',
  data: { coachId: 'morgan', organisationId: 'trust-1', pausedBy: 'alex', reason: 'A rest after a hard winter', pausedOn: '2026-05-04', pausedAt: now.toISOString() },
};
const resumed: PauseEvent = {
  type: 'CoachResumedBySupervisor',
  data: { coachId: 'morgan', organisationId: 'trust-1', resumedBy: 'alex', note: null, resumedOn: '2026-05-04', resumedAt: now.toISOString() },
};

describe('pausing a coach', () => {
  it('pauses a coach with the reason given', () => {
    spec.given([]).when(pause('  A rest after a hard winter ')).then([paused]);
  });

  it('pauses again after a resume', () => {
    spec.given([paused, resumed]).when(pause('A rest after a hard winter')).then([paused]);
  });

  it('refuses pausing an already paused coach', () => {
    spec.given([paused]).when(pause('Again')).thenThrows('ALREADY_PAUSED', /since 2026-05-04/);
  });

  it('refuses a pause with no reason, or a reason past the limit', () => {
    spec.given([]).when(pause('   ')).thenThrows('BAD_USER_INPUT', /Say why/);
    spec.given([]).when(pause('x'.repeat(1_001))).thenThrows('BAD_USER_INPUT', /1000 characters/);
  });

  it('refuses a pause by someone who does not supervise the coach', () => {
    spec.given([]).when(pause('Tired', { actorId: 'jo', actorSupervisesCoach: false })).thenThrows('FORBIDDEN');
  });
});

describe('resuming a coach', () => {
  it('resumes a paused coach, with a note when given', () => {
    spec.given([paused]).when(resume()).then([resumed]);
    spec.given([paused]).when(resume(' Back from leave ')).then([{ ...resumed, data: { ...resumed.data, note: 'Back from leave' } }]);
  });

  it('refuses resuming a coach who is not paused', () => {
    spec.given([]).when(resume()).thenThrows('NOT_PAUSED');
    spec.given([paused, resumed]).when(resume()).thenThrows('NOT_PAUSED');
  });

  it('refuses a resume by someone who does not supervise the coach', () => {
    spec.given([paused]).when(resume(null, { actorSupervisesCoach: false })).thenThrows('FORBIDDEN');
  });
});
