export { ReflectionVault, MAX_REFLECTION_CHARACTERS } from './reflection-vault';
export type { NewReflection, Reflection } from './reflection-vault';
export { loadOrCreateMasterKey, masterKeyFromEnv, MASTER_KEY_ENV } from './master-key';
export type { VaultErrorCode } from './vault.errors';
