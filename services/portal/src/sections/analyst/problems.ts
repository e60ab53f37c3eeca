import type { Problem } from '../../api/api-error';

/** The same problem once: a query asking two tables at once gets the same refusal for each. */
export function distinctProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field ?? ''}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Each problem's message by the form field it names, for the field's own error message. */
export function fieldErrors(problems: readonly Problem[], fieldIds: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const id = problem.field ? (fieldIds[problem.field] ?? problem.field) : undefined;
    if (id && !errors[id]) errors[id] = problem.message;
  }
  return errors;
}
