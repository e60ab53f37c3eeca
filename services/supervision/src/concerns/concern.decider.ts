import { DomainError, type Decider } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';
import { CONCERN_KINDS, type ConcernEvent, type ConcernKind } from './concern.events';

export const MAX_CONCERN_TEXT = 8_000;

interface Raised {
  concernId: string;
  raisedBy: string;
  recipients: string[];
}

export type ConcernState =
  | { status: 'absent' }
  | ({ status: 'raised' } & Raised)
  | ({ status: 'acknowledged'; acknowledgedBy: string } & Raised)
  | ({ status: 'resolved'; resolvedBy: string; resolvedAt: string } & Raised);

export interface RaiseConcern {
  type: 'RaiseConcern';
  concernId: string;
  kind: ConcernKind;
  relationshipId: string;
  actorId: string;
  organisationId: string;
  summary: string;
  /** From the caseload read model: the coach of the relationship, or null when supervision does not know it. */
  relationshipCoachId: string | null;
  /** From the arrangements read model: the coach's current supervisors. */
  supervisorIds: string[];
  /** The programme lead, when the organisation's policy sends concerns to them too. */
  programmeLeadId: string | null;
  now: Date;
}

export type ConcernCommand =
  | RaiseConcern
  | { type: 'ViewConcern'; actorId: string; now: Date }
  | { type: 'AcknowledgeConcern'; actorId: string; now: Date }
  | { type: 'ResolveConcern'; actorId: string; resolution: string; now: Date };

function requiredText(value: string, field: string, what: string): string {
  const kept = value.trim();
  if (kept.length === 0) throw new DomainError('BAD_USER_INPUT', `${what} cannot be empty.`, { field });
  if (kept.length > MAX_CONCERN_TEXT) throw new DomainError('BAD_USER_INPUT', `${what} is at most ${MAX_CONCERN_TEXT} characters.`, { field });
  return kept;
}

function raise(command: RaiseConcern, state: ConcernState): ConcernEvent[] {
  if (state.status !== 'absent') throw new DomainError('CONFLICT', 'This concern has already been raised.', { concernId: command.concernId });
  if (!(CONCERN_KINDS as readonly string[]).includes(command.kind)) {
    throw new DomainError('BAD_USER_INPUT', `A concern is ${CONCERN_KINDS.join(' or ')}; got "${command.kind}".`, { field: 'kind' });
  }
  if (command.relationshipCoachId === null) throw new DomainError('NOT_FOUND', 'This relationship is not on your caseload.', { field: 'relationshipId' });
  if (command.relationshipCoachId !== command.actorId) {
    throw new DomainError('FORBIDDEN', 'A concern about a relationship is raised by the coach in it.', { field: 'relationshipId' });
  }
  const summary = requiredText(command.summary, 'summary', 'The concern');
  const recipients = [...new Set([...command.supervisorIds, ...(command.programmeLeadId ? [command.programmeLeadId] : [])])].filter((id) => id !== command.actorId);
  if (recipients.length === 0) {
    throw new DomainError('NO_RECIPIENT', 'You have no supervisor and your programme does not route concerns to its lead; ask your programme lead to assign a supervisor.');
  }
  const { concernId, kind, relationshipId, organisationId } = command;
  return [{ type: 'ConcernRaised', data: { concernId, kind, relationshipId, raisedBy: command.actorId, organisationId, summary, recipients, raisedAt: command.now.toISOString() } }];
}

function existing(state: ConcernState): Exclude<ConcernState, { status: 'absent' }> {
  if (state.status === 'absent') throw new DomainError('NOT_FOUND', 'There is no such concern.');
  return state;
}

/** Only the people it went to handle a concern; the coach who raised it may read it but not close it. */
function requireRecipient(state: Raised, actorId: string, action: string): void {
  if (!state.recipients.includes(actorId)) throw new DomainError('FORBIDDEN', `Only the people this concern went to can ${action} it.`);
}

function decideConcern(command: ConcernCommand, state: ConcernState): ConcernEvent[] {
  if (command.type === 'RaiseConcern') return raise(command, state);
  const concern = existing(state);
  const { concernId } = concern;
  const at = command.now.toISOString();
  switch (command.type) {
    case 'ViewConcern':
      if (command.actorId !== concern.raisedBy) requireRecipient(concern, command.actorId, 'read');
      return [{ type: 'ConcernViewed', data: { concernId, viewedBy: command.actorId, viewedAt: at } }];
    case 'AcknowledgeConcern':
      requireRecipient(concern, command.actorId, 'acknowledge');
      if (concern.status === 'resolved') throw new DomainError('ALREADY_RESOLVED', `This concern was resolved on ${concern.resolvedAt.slice(0, 10)}.`);
      if (concern.status === 'acknowledged') throw new DomainError('ALREADY_ACKNOWLEDGED', 'This concern has already been acknowledged.');
      return [{ type: 'ConcernAcknowledged', data: { concernId, acknowledgedBy: command.actorId, acknowledgedAt: at } }];
    case 'ResolveConcern': {
      requireRecipient(concern, command.actorId, 'resolve');
      if (concern.status === 'resolved') throw new DomainError('ALREADY_RESOLVED', `This concern was resolved on ${concern.resolvedAt.slice(0, 10)}.`);
      const resolution = requiredText(command.resolution, 'resolution', 'The resolution');
      return [{ type: 'ConcernResolved', data: { concernId, resolvedBy: command.actorId, resolution, resolvedAt: at } }];
    }
    default:
      return assertNever(command);
  }
}

function evolveConcern(state: ConcernState, event: ConcernEvent): ConcernState {
  if (event.type === 'ConcernRaised') {
    const { concernId, raisedBy, recipients } = event.data;
    return { status: 'raised', concernId, raisedBy, recipients };
  }
  if (state.status === 'absent') return state;
  const { concernId, raisedBy, recipients } = state;
  switch (event.type) {
    case 'ConcernViewed':
      return state;
    case 'ConcernAcknowledged':
      return { status: 'acknowledged', concernId, raisedBy, recipients, acknowledgedBy: event.data.acknowledgedBy };
    case 'ConcernResolved':
      return { status: 'resolved', concernId, raisedBy, recipients, resolvedBy: event.data.resolvedBy, resolvedAt: event.data.resolvedAt };
    default:
      return assertNever(event);
  }
}

/** An ethical or safeguarding concern a coach raises about a relationship: raised, acknowledged, resolved. */
export const concernDecider: Decider<ConcernCommand, ConcernEvent, ConcernState> = {
  decide: decideConcern,
  evolve: evolveConcern,
  initialState: { status: 'absent' },
};

export const concernStreamId = (concernId: string): string => `supervision-concern-${concernId}`;
