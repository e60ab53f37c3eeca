import type { Problem } from '../../api/api-error';

/**
 * How a form on the relationship page runs its operation: for the relationship on the page, with the
 * form's own checks first; on success the page shows `success` and reads the relationship again.
 */
export type Run = (form: string, operation: string, variables: Record<string, unknown>, success: string, checks?: readonly Problem[]) => Promise<boolean>;
