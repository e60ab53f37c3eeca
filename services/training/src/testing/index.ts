export { startTrainingTestApp } from './training-test-app';
export type { TrainingTestApp } from './training-test-app';
export { TestPeople, principalOf } from './test-people';
export type { TestPerson } from './test-people';
export { codesOf, dataOf } from '@tapestry/testing';
export type { GraphQLReply, GraphQLReplyError } from '@tapestry/testing';
export * from './training-flows';
