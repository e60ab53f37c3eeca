import type { OrganisationCommand, OrganisationState } from '../organisations';
import { organisationDecider } from '../organisations';
import type { PersonCommand, PersonState } from '../people';
import { personDecider } from '../people';
import type { ImportCommand, ImportSnapshot } from './import-plan.types';

/** Identity as the deciders see it: one organisation and its people, by id. */
export interface World {
  organisation: OrganisationState;
  people: Map<string, PersonState>;
}

export function worldWith(organisationId: string): World {
  const created = organisationDecider.decide(
    { type: 'CreateOrganisation', organisationId, name: 'Riverside NHS Foundation Trust', kind: 'nhs_trust', odsCode: 'RX1' },
    organisationDecider.initialState,
  );
  return { organisation: created.reduce((state, event) => organisationDecider.evolve(state, event), organisationDecider.initialState), people: new Map() };
}

function isOrganisationCommand(command: ImportCommand): command is Extract<ImportCommand, OrganisationCommand> {
  return command.type === 'AddSite' || command.type === 'AddDirectorate';
}

/** Runs a plan through the real deciders, as the import handler will: any refused command throws. */
export function runPlan(world: World, commands: ImportCommand[]): World {
  const people = new Map(world.people);
  let organisation = world.organisation;
  for (const command of commands) {
    if (isOrganisationCommand(command)) {
      organisation = organisationDecider.decide(command, organisation).reduce((s, e) => organisationDecider.evolve(s, e), organisation);
      continue;
    }
    const personCommand: PersonCommand = command;
    const before = people.get(personCommand.personId) ?? personDecider.initialState;
    people.set(personCommand.personId, personDecider.decide(personCommand, before).reduce((s, e) => personDecider.evolve(s, e), before));
  }
  return { organisation, people };
}

/** What the import handler would read from the read models before planning. */
export function snapshotOf(world: World, emailsElsewhere: string[] = []): ImportSnapshot {
  if (world.organisation.status !== 'active') throw new Error('no organisation');
  const people = [...world.people.values()].flatMap((state) =>
    state.status === 'absent' ? [] : [{ personId: state.personId, status: state.status, profile: state.profile }],
  );
  const { organisationId, sites, directorates } = world.organisation;
  return { organisationId, people, sites, directorates, emailsElsewhere: new Set(emailsElsewhere) };
}

/** Sequential ids, so plans are the same on every run. */
export function idSequence(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${(next += 1)}`;
}
