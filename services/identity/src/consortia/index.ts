export { consortiumDecider, decideConsortium } from './consortium.decider';
export type { AddConsortiumMember, ConsortiumCommand, CreateConsortium, RemoveConsortiumMember } from './consortium.decider';
export type { ConsortiumCreated, ConsortiumEvent, ConsortiumMemberAdded, ConsortiumMemberRemoved } from './consortium.events';
export { evolveConsortium, initialConsortiumState } from './consortium.state';
export type { ConsortiumState } from './consortium.state';
