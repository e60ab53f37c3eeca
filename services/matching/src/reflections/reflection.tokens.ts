/** Injection token for the ReflectionVault, built from the master key the service was started with. */
export const REFLECTION_VAULT = Symbol('REFLECTION_VAULT');
