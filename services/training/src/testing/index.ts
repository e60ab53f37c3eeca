export { startTrainingTestApp } from './training-test-app';
export type { TrainingTestApp } from './training-test-app';
export { TestPeople, principalOf } from './test-people';
export type { TestPerson } from './test-people';
export { codesOf, dataOf } from './graphql-reply';
export type { GraphQLReply, GraphQLReplyError } from './graphql-reply';
export * from './training-flows';
