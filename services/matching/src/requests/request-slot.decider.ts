import { DomainError, type Decider } from '@tapestry/eventsourcing';
import { assertNever } from '@tapestry/domain';

/**
 * One person may hold one request per programme at a time, from asking until the relationship it led to ends (or the
 * request is withdrawn). Kept as its own small stream so two requests made at once conflict on its version instead
 * of both slipping past a read-model check.
 */
export type RequestSlotEvent =
  | { type: 'RequestSlotTaken'; data: { requestId: string } }
  | { type: 'RequestSlotFreed'; data: { requestId: string } };

export type RequestSlotState = { heldBy: string | null };

export type RequestSlotCommand = { type: 'TakeRequestSlot'; requestId: string } | { type: 'FreeRequestSlot'; requestId: string };

export const requestSlotDecider: Decider<RequestSlotCommand, RequestSlotEvent, RequestSlotState> = {
  decide(command, state) {
    switch (command.type) {
      case 'TakeRequestSlot':
        if (state.heldBy !== null) {
          throw new DomainError(
            'DUPLICATE_REQUEST',
            'You already have a request or a relationship in this programme; withdraw it or close the relationship before asking again.',
            { existingRequestId: state.heldBy },
          );
        }
        return [{ type: 'RequestSlotTaken', data: { requestId: command.requestId } }];
      case 'FreeRequestSlot':
        return state.heldBy === command.requestId ? [{ type: 'RequestSlotFreed', data: { requestId: command.requestId } }] : [];
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'RequestSlotTaken':
        return { heldBy: event.data.requestId };
      case 'RequestSlotFreed':
        return { heldBy: null };
      default:
        return assertNever(event);
    }
  },
  initialState: { heldBy: null },
};

export const requestSlotStreamId = (personId: string, programme: string): string => `request-slot-${personId}-${programme}`;
