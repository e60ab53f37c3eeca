export { publicPayloadOf } from './public-event-payload';
export type { TrainingDomainEvent, TrainingPayload } from './public-event-payload';
