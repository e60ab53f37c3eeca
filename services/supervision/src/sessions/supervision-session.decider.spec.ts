import { DeciderSpecification } from '@tapestry/eventsourcing';
import type { SupervisionFormat } from '../arrangements/arrangement.events';
import { supervisionSessionDecider, type LogSupervisionSession } from './supervision-session.decider';
import type { SupervisionSessionEvent } from './supervision-session.events';
import { sessionsHeldFor } from './supervision-session.publication';

const spec = DeciderSpecification.for(supervisionSessionDecider);

const today = '2026-04-14';
const now = new Date('2026-04-14T16:00:00.000Z');
const currentSupervisees = [
  { coachId: 'morgan', organisationId: 'trust-1' },
  { coachId: 'riley', organisationId: 'police-1' },
  { coachId: 'sasha', organisationId: 'trust-1' },
];

const log = (overrides: Partial<LogSupervisionSession> = {}): LogSupervisionSession => ({
  type: 'LogSupervisionSession',
  sessionId: 'sup-1',
  supervisorId: 'alex',
  format: 'one_to_one',
  superviseeIds: ['morgan'],
  heldOn: '2026-04-14',
  minutes: 60,
  themes: ['ETHICS', 'BOUNDARIES'],
  agreedActions: ['  Re-contract with the mentee about session times  ', ''],
  privateNotes: null,
  currentSupervisees,
  today,
  now,
  ...overrides,
});

const logged = (overrides: Partial<Extract<SupervisionSessionEvent, { type: 'SupervisionSessionLogged' }>['data']> = {}): SupervisionSessionEvent => ({
  type: 'SupervisionSessionLogged',
  data: {
    sessionId: 'sup-1',
    supervisorId: 'alex',
    format: 'one_to_one',
    supervisees: [{ coachId: 'morgan', organisationId: 'trust-1' }],
    heldOn: '2026-04-14',
    minutes: 60,
    themes: ['BOUNDARIES', 'ETHICS'],
    agreedActions: ['Re-contract with the mentee about session times'],
    loggedBy: 'alex',
    loggedAt: now.toISOString(),
    ...overrides,
  },
});

describe('logging a one-to-one session', () => {
  it('records date, length, themes in the list’s order and the agreed actions trimmed', () => {
    spec.given([]).when(log()).then([logged()]);
  });

  it('keeps the private notes in their own event', () => {
    spec
      .given([])
      .when(log({ privateNotes: ' Morgan is tired of the same conversations. ' }))
      .then([
        logged(),
        {
          type: 'SupervisionNotesWritten',
          data: { sessionId: 'sup-1', supervisorId: 'alex', superviseeIds: ['morgan'], notes: 'Morgan is tired of the same conversations.', writtenAt: now.toISOString() },
        },
      ]);
  });

  it('refuses a session in the future', () => {
    spec.given([]).when(log({ heldOn: '2026-04-15' })).thenThrows('DATE_IN_FUTURE', /after today/);
  });

  it('refuses a date that is no date', () => {
    spec.given([]).when(log({ heldOn: '14/04/2026' })).thenThrows('BAD_USER_INPUT', /YYYY-MM-DD/);
  });

  it('refuses lengths outside 15 to 480 minutes, and absurd lengths as bad input', () => {
    spec.given([]).when(log({ minutes: 14 })).thenThrows('SESSION_LENGTH_OUT_OF_RANGE', /15 to 480/);
    spec.given([]).when(log({ minutes: 481 })).thenThrows('SESSION_LENGTH_OUT_OF_RANGE');
    spec.given([]).when(log({ minutes: 15 })).then([logged({ minutes: 15 })]);
    spec.given([]).when(log({ minutes: 480 })).then([logged({ minutes: 480 })]);
    for (const absurd of [0, -30, 60.5, 100_000, Number.NaN]) spec.given([]).when(log({ minutes: absurd })).thenThrows('BAD_USER_INPUT');
  });

  it('refuses a one-to-one with no coach or with two', () => {
    spec.given([]).when(log({ superviseeIds: [] })).thenThrows('BAD_USER_INPUT', /exactly one coach/);
    spec.given([]).when(log({ superviseeIds: ['morgan', 'sasha'] })).thenThrows('BAD_USER_INPUT', /exactly one coach/);
  });

  it('refuses a coach this supervisor does not supervise', () => {
    spec.given([]).when(log({ superviseeIds: ['jamie'] })).thenThrows('NOT_SUPERVISED');
  });

  it('refuses a theme that is not on the list', () => {
    spec.given([]).when(log({ themes: ['ETHICS', 'GOSSIP'] })).thenThrows('BAD_USER_INPUT', /"GOSSIP" is not on it/);
  });

  it('refuses too many or too long agreed actions, and notes past the limit', () => {
    spec.given([]).when(log({ agreedActions: Array.from({ length: 21 }, (_, index) => `action ${index}`) })).thenThrows('BAD_USER_INPUT', /at most 20/);
    spec.given([]).when(log({ agreedActions: ['x'.repeat(501)] })).thenThrows('BAD_USER_INPUT', /500 characters/);
    spec.given([]).when(log({ privateNotes: 'x'.repeat(20_001) })).thenThrows('BAD_USER_INPUT', /Notes/);
  });

  it('refuses logging the same session twice', () => {
    spec.given([logged()]).when(log()).thenThrows('CONFLICT', /already logged/);
  });
});

describe('logging a group session', () => {
  const group = log({ format: 'group', superviseeIds: ['riley', 'morgan'], themes: ['WELLBEING'], agreedActions: [] });
  const groupLogged = logged({
    format: 'group',
    supervisees: [
      { coachId: 'riley', organisationId: 'police-1' },
      { coachId: 'morgan', organisationId: 'trust-1' },
    ],
    themes: ['WELLBEING'],
    agreedActions: [],
  });

  it('records everyone present with their organisation', () => {
    spec.given([]).when(group).then([groupLogged]);
  });

  it('refuses a group session with nobody present, someone listed twice, or someone not supervised here', () => {
    spec.given([]).when({ ...group, superviseeIds: [] }).thenThrows('BAD_USER_INPUT', /coaches present/);
    spec.given([]).when({ ...group, superviseeIds: ['riley', 'riley'] }).thenThrows('BAD_USER_INPUT', /listed once/);
    spec.given([]).when({ ...group, superviseeIds: ['riley', 'jamie'] }).thenThrows('NOT_SUPERVISED');
  });

  it('refuses an unknown format', () => {
    spec.given([]).when({ ...group, format: 'triad' as SupervisionFormat }).thenThrows('BAD_USER_INPUT');
  });

  it('publishes one session held per coach present, with no themes or notes', () => {
    expect(sessionsHeldFor(groupLogged)).toEqual([
      { sessionId: 'sup-1', superviseeId: 'riley', supervisorId: 'alex', organisationId: 'police-1', heldOn: '2026-04-14', durationMinutes: 60 },
      { sessionId: 'sup-1', superviseeId: 'morgan', supervisorId: 'alex', organisationId: 'trust-1', heldOn: '2026-04-14', durationMinutes: 60 },
    ]);
    expect(
      sessionsHeldFor({ type: 'SupervisionNotesWritten', data: { sessionId: 'sup-1', supervisorId: 'alex', superviseeIds: ['riley'], notes: 'private', writtenAt: now.toISOString() } }),
    ).toEqual([]);
  });
});
