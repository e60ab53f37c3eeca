/** Injection token for the service's own pg.Pool. */
export const PG_POOL = Symbol('PG_POOL');
