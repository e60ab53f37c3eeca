import type { Decider } from '@tapestry/eventsourcing';
import { DomainError } from '@tapestry/eventsourcing';
import { assertNever, requireText } from '../common';
import type { ConsortiumEvent } from './consortium.events';
import type { ConsortiumState } from './consortium.state';
import { evolveConsortium, initialConsortiumState } from './consortium.state';

export interface CreateConsortium {
  type: 'CreateConsortium';
  consortiumId: string;
  name: string;
}
export interface AddConsortiumMember {
  type: 'AddConsortiumMember';
  consortiumId: string;
  organisationId: string;
  /** Looked up by the handler in identity's organisations read model. */
  organisationExists: boolean;
}
export interface RemoveConsortiumMember {
  type: 'RemoveConsortiumMember';
  consortiumId: string;
  organisationId: string;
}
export type ConsortiumCommand = CreateConsortium | AddConsortiumMember | RemoveConsortiumMember;

type ActiveConsortium = Extract<ConsortiumState, { status: 'active' }>;

function requireConsortium(state: ConsortiumState, consortiumId: string): ActiveConsortium {
  switch (state.status) {
    case 'absent':
      throw new DomainError('NOT_FOUND', `Consortium ${consortiumId} does not exist; create it first.`, { consortiumId });
    case 'active':
      return state;
    default:
      return assertNever(state);
  }
}

export function decideConsortium(command: ConsortiumCommand, state: ConsortiumState): ConsortiumEvent[] {
  switch (command.type) {
    case 'CreateConsortium':
      if (state.status !== 'absent') {
        throw new DomainError('CONSORTIUM_EXISTS', `Consortium ${command.consortiumId} already exists.`, {
          consortiumId: command.consortiumId,
        });
      }
      return [{ type: 'ConsortiumCreated', data: { consortiumId: command.consortiumId, name: requireText(command.name, 'Consortium name') } }];
    case 'AddConsortiumMember': {
      const consortium = requireConsortium(state, command.consortiumId);
      const { organisationId } = command;
      if (!command.organisationExists) {
        throw new DomainError('NOT_FOUND', `Organisation ${organisationId} does not exist; create it before adding it to ${consortium.name}.`, {
          organisationId,
        });
      }
      if (consortium.memberIds.includes(organisationId)) {
        throw new DomainError('ALREADY_MEMBER', `Organisation ${organisationId} is already a member of ${consortium.name}.`, { organisationId });
      }
      return [{ type: 'ConsortiumMemberAdded', data: { consortiumId: consortium.consortiumId, organisationId } }];
    }
    case 'RemoveConsortiumMember': {
      const consortium = requireConsortium(state, command.consortiumId);
      const { organisationId } = command;
      if (!consortium.memberIds.includes(organisationId)) {
        throw new DomainError('NOT_A_MEMBER', `Organisation ${organisationId} is not a member of ${consortium.name}, so it cannot be removed.`, {
          organisationId,
        });
      }
      return [{ type: 'ConsortiumMemberRemoved', data: { consortiumId: consortium.consortiumId, organisationId } }];
    }
    default:
      return assertNever(command);
  }
}

export const consortiumDecider: Decider<ConsortiumCommand, ConsortiumEvent, ConsortiumState> = {
  decide: decideConsortium,
  evolve: evolveConsortium,
  initialState: initialConsortiumState,
};
