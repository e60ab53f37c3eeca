export { startMatchingTestApp } from './matching-test-app';
export type { MatchingTestApp } from './matching-test-app';
export { TestPeople, principalOf } from './test-people';
export type { NewTestPerson, TestPerson } from './test-people';
export { codesOf, dataOf } from '@tapestry/testing';
export type { GraphQLReply, GraphQLReplyError } from '@tapestry/testing';
export * from './matching-flows';
