import { foldStream, handleCommand, type CommandResult, type EventMetadata, type EventStore } from '@tapestry/eventsourcing';
import { isValidEmail, normaliseEmail } from '../common';
import type { PersonCommand } from './person.commands';
import { personDecider } from './person.decider';
import type { PersonEvent } from './person.events';
import type { PersonState } from './person.state';
import { releaseEmail, reserveEmail } from './email-reservation';

export const personStream = (personId: string): string => `person-${personId}`;

/**
 * Decides and appends one person command inside the caller's transaction, keeping the email reservations in step:
 * a new address is claimed first (its holder's answer becomes the decider's `emailTaken` fact), an old one released
 * after the change is recorded.
 */
export async function runPersonCommand(
  events: EventStore,
  command: PersonCommand,
  metadata: EventMetadata,
): Promise<CommandResult<PersonEvent, PersonState>> {
  const claim = command.type === 'RegisterPerson' ? command.email : command.type === 'UpdatePerson' ? command.changes.email : undefined;
  let decided = command;
  if (claim !== undefined && isValidEmail(normaliseEmail(claim)) && (command.type === 'RegisterPerson' || command.type === 'UpdatePerson')) {
    const emailTaken = !(await reserveEmail(events, claim, command.personId, metadata));
    decided = command.type === 'RegisterPerson' ? { ...command, facts: { ...command.facts, emailTaken } } : { ...command, facts: { emailTaken } };
  }
  const before = command.type === 'UpdatePerson' ? await currentEmail(events, command.personId) : undefined;
  const result = await handleCommand(events, personDecider, personStream(command.personId), 'person', decided, metadata);
  const after = result.state.status === 'absent' ? undefined : result.state.profile.email;
  if (before !== undefined && after !== before) await releaseEmail(events, before, command.personId, metadata);
  return result;
}

async function currentEmail(events: EventStore, personId: string): Promise<string | undefined> {
  const { state } = foldStream(personDecider, await events.readStream(personStream(personId)));
  return state.status === 'absent' ? undefined : state.profile.email;
}
