import { useEffect, useRef } from 'react';
import type { Problem } from '../api/api-error';

/**
 * The NHS error summary: at the top of the page, focused when it appears so a screen reader reads
 * it, each problem linking to its field when it has one.
 */
export function ErrorSummary({ problems, fieldIds = {} }: { problems: readonly Problem[]; fieldIds?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) ref.current?.focus();
  }, [problems]);
  if (!problems.length) return null;
  return (
    <div className="nhsuk-error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id="error-summary-title">
          There is a problem
        </h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {problems.map((problem, index) => {
              const target = problem.field ? (fieldIds[problem.field] ?? problem.field) : undefined;
              return <li key={index}>{target ? <a href={`#${target}`}>{problem.message}</a> : problem.message}</li>;
            })}
          </ul>
        </div>
      </div>
    </div>
  );
}
