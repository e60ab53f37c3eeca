export { decidePerson, personDecider } from './person.decider';
export type { MovePerson, PersonCommand, PlacementFacts, RecordLeaver, RegisterPerson, UpdatePerson } from './person.commands';
export type {
  PersonalDetails,
  PersonDetailsUpdated,
  PersonEvent,
  PersonLeft,
  PersonMoved,
  PersonName,
  PersonProfile,
  PersonRegistered,
  Placement,
} from './person.events';
export { evolvePerson, initialPersonState } from './person.state';
export type { PersonState } from './person.state';
export { detectManagerLoop, managerChainOf } from './manager-loop';
export type { ManagerOf } from './manager-loop';
export { parseShiftPattern, SHIFT_PATTERNS } from './shift-pattern';
export type { ShiftPattern } from './shift-pattern';
export { isLeavingReason, LEAVING_REASONS } from './leaving-reason';
export type { LeavingReason } from './leaving-reason';
