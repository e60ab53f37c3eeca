/** Injection token for the IdentityConfig the service was started with. */
export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');
