import { DeciderSpecification } from '@tapestry/eventsourcing';
import { arrangementDecider, currentSupervisors, type ArrangementCommand, type SupervisorFacts } from './arrangement.decider';
import type { ArrangementEvent, SupervisionFormat } from './arrangement.events';

const spec = DeciderSpecification.for(arrangementDecider);

const coach = { coachId: 'morgan', coachOrganisationId: 'trust-1' };
const today = '2026-04-01';
const inTrust = (supervisorId: string): SupervisorFacts => ({ supervisorId, supervisorOrganisationId: 'trust-1', sharedAcrossOrganisations: false });

const assign = (to: SupervisorFacts, format: SupervisionFormat = 'one_to_one'): ArrangementCommand => ({
  type: 'AssignSupervisor',
  coach,
  format,
  actorId: 'priya',
  today,
  ...to,
});
const end = (supervisorId: string, reason: string | null = null): ArrangementCommand => ({
  type: 'EndSupervision',
  coachId: coach.coachId,
  supervisorId,
  reason,
  actorId: 'priya',
  today: '2026-06-01',
});
const handOver = (from: string, to: SupervisorFacts): ArrangementCommand => ({
  type: 'HandOverSupervision',
  coachId: coach.coachId,
  fromSupervisorId: from,
  to,
  actorId: 'priya',
  today: '2026-05-01',
});

const assigned = (supervisorId: string, format: SupervisionFormat = 'one_to_one'): ArrangementEvent => ({
  type: 'SupervisorAssigned',
  data: { ...coach, supervisorId, supervisorOrganisationId: 'trust-1', format, acrossOrganisations: false, startsOn: today, assignedBy: 'priya' },
});
const ended = (supervisorId: string): ArrangementEvent => ({
  type: 'SupervisionEnded',
  data: { ...coach, supervisorId, endedOn: '2026-06-01', reason: null, endedBy: 'priya' },
});

describe('assigning a supervisor', () => {
  it('assigns a supervisor in the coach’s organisation, one-to-one or in a group', () => {
    spec.given([]).when(assign(inTrust('alex'))).then([assigned('alex')]);
    spec.given([assigned('alex')]).when(assign(inTrust('jo'), 'group')).then([assigned('jo', 'group')]);
  });

  it('refuses a coach supervising themselves', () => {
    spec.given([]).when(assign(inTrust('morgan'))).thenThrows('SELF_SUPERVISION', /cannot supervise themselves/);
  });

  it('refuses a supervisor in another organisation without a consortium sharing agreement', () => {
    const elsewhere: SupervisorFacts = { supervisorId: 'kim', supervisorOrganisationId: 'police-1', sharedAcrossOrganisations: false };
    spec.given([]).when(assign(elsewhere)).thenThrows('NOT_SHARED', /no consortium agreement/);
  });

  it('assigns across organisations where the consortium shares supervision, and says so on the event', () => {
    const shared: SupervisorFacts = { supervisorId: 'kim', supervisorOrganisationId: 'police-1', sharedAcrossOrganisations: true };
    spec
      .given([])
      .when(assign(shared))
      .then([
        {
          type: 'SupervisorAssigned',
          data: { ...coach, supervisorId: 'kim', supervisorOrganisationId: 'police-1', format: 'one_to_one', acrossOrganisations: true, startsOn: today, assignedBy: 'priya' },
        },
      ]);
  });

  it('refuses assigning the supervisor who already supervises the coach', () => {
    spec.given([assigned('alex')]).when(assign(inTrust('alex'), 'group')).thenThrows('CONFLICT', /already supervises/);
  });

  it('assigns the same supervisor again after the earlier arrangement ended', () => {
    spec.given([assigned('alex'), ended('alex')]).when(assign(inTrust('alex'))).then([assigned('alex')]);
  });

  it('refuses an unknown format or a malformed date', () => {
    spec
      .given([])
      .when(assign(inTrust('alex'), 'triad' as SupervisionFormat))
      .thenThrows('BAD_USER_INPUT', /one_to_one, group/);
    spec
      .given([])
      .when({ ...assign(inTrust('alex')), today: '2026-02-30' })
      .thenThrows('BAD_USER_INPUT');
  });
});

describe('ending supervision', () => {
  it('ends a running arrangement, keeping a reason when one is given', () => {
    spec.given([assigned('alex')]).when(end('alex', '  ')).then([ended('alex')]);
    spec
      .given([assigned('alex')])
      .when(end('alex', 'Alex retires'))
      .then([{ type: 'SupervisionEnded', data: { ...coach, supervisorId: 'alex', endedOn: '2026-06-01', reason: 'Alex retires', endedBy: 'priya' } }]);
  });

  it('refuses ending twice', () => {
    spec.given([assigned('alex'), ended('alex')]).when(end('alex')).thenThrows('ALREADY_ENDED');
  });

  it('refuses ending an arrangement that never existed', () => {
    spec.given([]).when(end('alex')).thenThrows('NOT_FOUND');
    spec.given([assigned('alex')]).when(end('jo')).thenThrows('NOT_FOUND', /does not supervise/);
  });

  it('leaves the coach unsupervised once the last arrangement ends', () => {
    const state = [assigned('alex'), ended('alex')].reduce(arrangementDecider.evolve, arrangementDecider.initialState);
    expect(state.status).toBe('unsupervised');
    expect(currentSupervisors(state)).toEqual([]);
  });
});

describe('handing over supervision', () => {
  const handedOver: ArrangementEvent = {
    type: 'SupervisionHandedOver',
    data: {
      ...coach,
      fromSupervisorId: 'alex',
      toSupervisorId: 'jo',
      toSupervisorOrganisationId: 'trust-1',
      format: 'group',
      acrossOrganisations: false,
      handedOverOn: '2026-05-01',
      handedOverBy: 'priya',
    },
  };

  it('hands the coach to another supervisor in the same format', () => {
    spec.given([assigned('alex', 'group')]).when(handOver('alex', inTrust('jo'))).then([handedOver]);
    const state = [assigned('alex', 'group'), handedOver].reduce(arrangementDecider.evolve, arrangementDecider.initialState);
    expect(currentSupervisors(state)).toEqual([{ supervisorId: 'jo', supervisorOrganisationId: 'trust-1', format: 'group', since: '2026-05-01', endedOn: null }]);
  });

  it('applies the same rules to the new supervisor', () => {
    spec.given([assigned('alex')]).when(handOver('alex', inTrust('morgan'))).thenThrows('SELF_SUPERVISION');
    spec
      .given([assigned('alex')])
      .when(handOver('alex', { supervisorId: 'kim', supervisorOrganisationId: 'police-1', sharedAcrossOrganisations: false }))
      .thenThrows('NOT_SHARED');
    spec.given([assigned('alex'), assigned('jo', 'group')]).when(handOver('alex', inTrust('jo'))).thenThrows('CONFLICT');
    spec.given([assigned('alex')]).when(handOver('alex', inTrust('alex'))).thenThrows('CONFLICT');
  });

  it('refuses handing over an arrangement that has ended', () => {
    spec.given([assigned('alex'), ended('alex')]).when(handOver('alex', inTrust('jo'))).thenThrows('ALREADY_ENDED');
  });
});
