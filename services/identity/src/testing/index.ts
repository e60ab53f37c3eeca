export { startIdentityTestApp } from './identity-test-app';
export type { IdentityTestApp } from './identity-test-app';
export { bootstrapOrganisation } from './bootstrap-organisation';
export type { BootstrappedOrganisation } from './bootstrap-organisation';
export { principalOf } from './principal-of';
export { codesOf, dataOf } from '@tapestry/testing';
export type { GraphQLReply, GraphQLReplyError } from '@tapestry/testing';
