import { DomainError, type Decider } from '@tapestry/eventsourcing';
import { assertNever, validDate, type CalendarDate } from '@tapestry/domain';
import { SUPERVISION_FORMATS, type ArrangementEvent, type SupervisionFormat, type SuperviseeRef } from './arrangement.events';

export interface Arrangement {
  supervisorId: string;
  supervisorOrganisationId: string;
  format: SupervisionFormat;
  since: CalendarDate;
  /** Null while the arrangement runs. */
  endedOn: CalendarDate | null;
}

/**
 * One stream per supervised coach, so that two supervisors assigned at once conflict on the stream version and
 * the second decision sees the first. A coach may have more than one supervisor (one-to-one and a group).
 */
export type ArrangementState =
  | { status: 'absent' }
  | { status: 'supervised' | 'unsupervised'; coach: SuperviseeRef; arrangements: Arrangement[] };

/** The supervisor to be, and whether a consortium agreement lets them supervise across organisations. */
export interface SupervisorFacts {
  supervisorId: string;
  supervisorOrganisationId: string;
  /** From the consortium read model: the two organisations share supervision. */
  sharedAcrossOrganisations: boolean;
}

export type ArrangementCommand =
  | ({ type: 'AssignSupervisor'; coach: SuperviseeRef; format: SupervisionFormat; actorId: string; today: CalendarDate } & SupervisorFacts)
  | { type: 'EndSupervision'; coachId: string; supervisorId: string; reason: string | null; actorId: string; today: CalendarDate }
  | { type: 'HandOverSupervision'; coachId: string; fromSupervisorId: string; to: SupervisorFacts; actorId: string; today: CalendarDate };

type Existing = Exclude<ArrangementState, { status: 'absent' }>;

const current = (state: Existing, supervisorId: string): Arrangement | undefined =>
  state.arrangements.find((arrangement) => arrangement.supervisorId === supervisorId && arrangement.endedOn === null);

function validFormat(format: string): SupervisionFormat {
  if (!(SUPERVISION_FORMATS as readonly string[]).includes(format)) {
    throw new DomainError('BAD_USER_INPUT', `Supervision is one of ${SUPERVISION_FORMATS.join(', ')}; got "${format}".`, { field: 'format' });
  }
  return format as SupervisionFormat;
}

/** The rules any new supervisor must pass, whether assigned afresh or handed the coach over. */
function checkSupervisor(coach: SuperviseeRef, to: SupervisorFacts, state: ArrangementState): boolean {
  if (to.supervisorId === coach.coachId) {
    throw new DomainError('SELF_SUPERVISION', 'A coach cannot supervise themselves; choose another supervisor.', { coachId: coach.coachId });
  }
  const acrossOrganisations = to.supervisorOrganisationId !== coach.coachOrganisationId;
  if (acrossOrganisations && !to.sharedAcrossOrganisations) {
    throw new DomainError(
      'NOT_SHARED',
      'This supervisor is in another organisation, and no consortium agreement shares supervision between the two; choose a supervisor in the coach’s organisation.',
      { coachOrganisationId: coach.coachOrganisationId, supervisorOrganisationId: to.supervisorOrganisationId },
    );
  }
  if (state.status !== 'absent' && current(state, to.supervisorId) !== undefined) {
    throw new DomainError('CONFLICT', 'This supervisor already supervises this coach.', { supervisorId: to.supervisorId });
  }
  return acrossOrganisations;
}

function assign(command: Extract<ArrangementCommand, { type: 'AssignSupervisor' }>, state: ArrangementState): ArrangementEvent[] {
  const format = validFormat(command.format);
  const startsOn = validDate(command.today, 'today');
  const acrossOrganisations = checkSupervisor(command.coach, command, state);
  const { supervisorId, supervisorOrganisationId } = command;
  return [
    {
      type: 'SupervisorAssigned',
      data: { ...command.coach, supervisorId, supervisorOrganisationId, format, acrossOrganisations, startsOn, assignedBy: command.actorId },
    },
  ];
}

/** The running arrangement with `supervisorId`, or the error that says why there is none. */
function running(state: ArrangementState, supervisorId: string): { state: Existing; arrangement: Arrangement } {
  if (state.status === 'absent') throw new DomainError('NOT_FOUND', 'This coach has no supervision arrangement.');
  const arrangement = current(state, supervisorId);
  if (arrangement) return { state, arrangement };
  if (state.arrangements.some((past) => past.supervisorId === supervisorId)) {
    throw new DomainError('ALREADY_ENDED', 'This supervision arrangement has already ended.', { supervisorId });
  }
  throw new DomainError('NOT_FOUND', 'This supervisor does not supervise this coach.', { supervisorId });
}

function end(command: Extract<ArrangementCommand, { type: 'EndSupervision' }>, state: ArrangementState): ArrangementEvent[] {
  const { state: existing } = running(state, command.supervisorId);
  const reason = command.reason?.trim() || null;
  return [{ type: 'SupervisionEnded', data: { ...existing.coach, supervisorId: command.supervisorId, endedOn: command.today, reason, endedBy: command.actorId } }];
}

function handOver(command: Extract<ArrangementCommand, { type: 'HandOverSupervision' }>, state: ArrangementState): ArrangementEvent[] {
  const { state: existing, arrangement } = running(state, command.fromSupervisorId);
  const acrossOrganisations = checkSupervisor(existing.coach, command.to, existing);
  return [
    {
      type: 'SupervisionHandedOver',
      data: {
        ...existing.coach,
        fromSupervisorId: command.fromSupervisorId,
        toSupervisorId: command.to.supervisorId,
        toSupervisorOrganisationId: command.to.supervisorOrganisationId,
        format: arrangement.format,
        acrossOrganisations,
        handedOverOn: command.today,
        handedOverBy: command.actorId,
      },
    },
  ];
}

function decideArrangement(command: ArrangementCommand, state: ArrangementState): ArrangementEvent[] {
  switch (command.type) {
    case 'AssignSupervisor':
      return assign(command, state);
    case 'EndSupervision':
      return end(command, state);
    case 'HandOverSupervision':
      return handOver(command, state);
    default:
      return assertNever(command);
  }
}

function withArrangements(coach: SuperviseeRef, arrangements: Arrangement[]): Existing {
  return { status: arrangements.some((arrangement) => arrangement.endedOn === null) ? 'supervised' : 'unsupervised', coach, arrangements };
}

const ended = (arrangements: Arrangement[], supervisorId: string, on: CalendarDate): Arrangement[] =>
  arrangements.map((arrangement) => (arrangement.supervisorId === supervisorId && arrangement.endedOn === null ? { ...arrangement, endedOn: on } : arrangement));

function evolveArrangement(state: ArrangementState, event: ArrangementEvent): ArrangementState {
  const { coachId, coachOrganisationId } = event.data;
  const coach = { coachId, coachOrganisationId };
  const arrangements = state.status === 'absent' ? [] : state.arrangements;
  switch (event.type) {
    case 'SupervisorAssigned': {
      const { supervisorId, supervisorOrganisationId, format, startsOn } = event.data;
      return withArrangements(coach, [...arrangements, { supervisorId, supervisorOrganisationId, format, since: startsOn, endedOn: null }]);
    }
    case 'SupervisionEnded':
      return withArrangements(coach, ended(arrangements, event.data.supervisorId, event.data.endedOn));
    case 'SupervisionHandedOver': {
      const { fromSupervisorId, toSupervisorId, toSupervisorOrganisationId, format, handedOverOn } = event.data;
      const next: Arrangement = { supervisorId: toSupervisorId, supervisorOrganisationId: toSupervisorOrganisationId, format, since: handedOverOn, endedOn: null };
      return withArrangements(coach, [...ended(arrangements, fromSupervisorId, handedOverOn), next]);
    }
    default:
      return assertNever(event);
  }
}

/** Who supervises a coach: assigned, ended, handed over. */
export const arrangementDecider: Decider<ArrangementCommand, ArrangementEvent, ArrangementState> = {
  decide: decideArrangement,
  evolve: evolveArrangement,
  initialState: { status: 'absent' },
};

export const arrangementStreamId = (coachId: string): string => `supervision-arrangement-${coachId}`;

/** The supervisors currently looking after the coach. */
export function currentSupervisors(state: ArrangementState): Arrangement[] {
  return state.status === 'absent' ? [] : state.arrangements.filter((arrangement) => arrangement.endedOn === null);
}
