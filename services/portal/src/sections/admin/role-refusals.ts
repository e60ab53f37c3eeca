import type { Problem } from '../../api/api-error';
import type { Role } from '../../session/roles';
import { ROLE_LABELS } from './admin-scopes';

/** A grant or revoke as the admin asked for it: what the API's refusal is about, in the names the page shows. */
export interface RoleChange {
  role: Role;
  personName: string;
  scopeLabel: string;
}

/**
 * The API names the person and the scope by id when it refuses a change that is already made. The form offers only
 * roles a person does not hold (and revokes only those they do), so such a refusal means someone else changed their
 * roles since the page was loaded: said in words, with where to see their roles now.
 */
export function roleChangeProblems(problems: readonly Problem[], attempted: RoleChange | undefined): Problem[] {
  return problems.map((problem) => {
    if (!attempted) return problem;
    const { personName, scopeLabel } = attempted;
    const role = ROLE_LABELS[attempted.role].toLowerCase();
    if (problem.code === 'ROLE_ALREADY_GRANTED') {
      return { code: problem.code, field: 'role', message: `${personName} is already ${role} in ${scopeLabel}: someone has granted it since you opened this page. Go back to the people found to see their roles now.` };
    }
    if (problem.code === 'ROLE_NOT_GRANTED') {
      return { code: problem.code, message: `${personName} is no longer ${role} in ${scopeLabel}: someone has revoked it since you opened this page. Go back to the people found to see their roles now.` };
    }
    return problem;
  });
}
