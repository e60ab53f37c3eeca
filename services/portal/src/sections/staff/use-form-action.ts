import { useCallback, useState } from 'react';
import type { Problem } from '../../api/api-error';
import type { Variables } from '../../api/graphql-client';
import { asApiError } from '../../api/use-query';
import { useSession } from '../../session/session-context';

export interface FormAction {
  /** Runs the operation for one form on the page; its problems (client checks or the API's) are kept for that form. */
  submit: (form: string, operation: string, variables: Variables, checks?: readonly Problem[]) => Promise<boolean>;
  running: boolean;
  /** The form whose problems are shown, if any. */
  form: string | undefined;
  problems: readonly Problem[];
  /** The message beside a field of a form, when that form was the one that failed. */
  errorFor: (form: string, ...fields: string[]) => string | undefined;
}

/**
 * For a page with several small forms (record, confirm, log, cancel, close): only one runs at a
 * time, and its problems go to the page's error summary and beside that form's own fields.
 */
export function useFormAction(): FormAction {
  const { call } = useSession();
  const [running, setRunning] = useState(false);
  const [failed, setFailed] = useState<{ form: string; problems: readonly Problem[] } | undefined>();

  const submit = useCallback(
    async (form: string, operation: string, variables: Variables, checks: readonly Problem[] = []) => {
      if (checks.length) {
        setFailed({ form, problems: checks });
        return false;
      }
      setRunning(true);
      setFailed(undefined);
      try {
        await call(operation, variables);
        return true;
      } catch (caught) {
        setFailed({ form, problems: asApiError(caught).problems });
        return false;
      } finally {
        setRunning(false);
      }
    },
    [call],
  );

  const problems = failed?.problems ?? [];
  const errorFor = (form: string, ...fields: string[]) =>
    failed?.form === form ? failed.problems.find((problem) => problem.field !== undefined && fields.includes(problem.field))?.message : undefined;
  return { submit, running, form: failed?.form, problems, errorFor };
}
