export { decideEqualityMonitoring, equalityMonitoringDecider } from './equality-monitoring.decider';
export type { ChangeSpecialCategoryObjection, EqualityMonitoringCommand, PersonStanding, RecordEthnicity } from './equality-monitoring.decider';
export type { EqualityMonitoringEvent, EthnicityRecorded, SpecialCategoryObjectionChanged } from './equality-monitoring.events';
export { declarationOf, evolveEqualityMonitoring, initialEqualityMonitoringState } from './equality-monitoring.state';
export type { EqualityMonitoringState } from './equality-monitoring.state';
export { ETHNICITIES, ETHNICITY_LABELS, isEthnicity } from './ethnicity';
export type { Ethnicity } from './ethnicity';
