import { DomainError } from '@tapestry/eventsourcing';

/**
 * Stable codes the vault throws, as DomainError codes. BAD_USER_INPUT and CONFLICT are the person's to fix;
 * PERSON_ERASED means their key was shredded; REFLECTION_UNREADABLE means a stored row or key does not authenticate
 * (tampered, swapped, or wrong master key), which is the operator's to investigate; BAD_MASTER_KEY is configuration.
 */
export type VaultErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'PERSON_ERASED' | 'REFLECTION_UNREADABLE' | 'BAD_MASTER_KEY';

export function vaultError(code: VaultErrorCode, message: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(code, message, details);
}
