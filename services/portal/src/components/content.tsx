import type { ReactNode } from 'react';

/** `warning` is the design system's red button, for an action that cannot be undone (cancelling, removing). */
export function Button({
  children,
  disabled,
  secondary,
  warning,
  onClick,
  type = 'submit',
}: {
  children: ReactNode;
  disabled?: boolean;
  secondary?: boolean;
  warning?: boolean;
  onClick?: () => void;
  type?: 'submit' | 'button';
}) {
  const variant = warning ? ' nhsuk-button--warning' : secondary ? ' nhsuk-button--secondary' : '';
  return (
    <button className={`nhsuk-button${variant}`} type={type} disabled={disabled} aria-disabled={disabled || undefined} onClick={onClick}>
      {children}
    </button>
  );
}

export type TagColour = 'white' | 'grey' | 'green' | 'aqua-green' | 'blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export function Tag({ children, colour }: { children: ReactNode; colour?: TagColour }) {
  return <strong className={`nhsuk-tag${colour ? ` nhsuk-tag--${colour}` : ''}`}>{children}</strong>;
}

export function SummaryList({ rows }: { rows: readonly { key: string; value: ReactNode }[] }) {
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A table with a caption (which screen readers announce) and a header row; with `rowHeaders`, each row's first
 * cell heads its row, so a screen reader names the row with every cell it reads.
 */
export function Table({
  caption,
  head,
  rows,
  numeric = [],
  rowHeaders = false,
  rowKeys,
}: {
  caption: ReactNode;
  head: readonly ReactNode[];
  rows: readonly (readonly ReactNode[])[];
  numeric?: readonly number[];
  rowHeaders?: boolean;
  /** Stable keys for rows that can change in place; positions otherwise. */
  rowKeys?: readonly string[];
}) {
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          {head.map((cell, index) => (
            <th key={index} scope="col" className={`nhsuk-table__header${numeric.includes(index) ? ' nhsuk-table__header--numeric' : ''}`}>
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr className="nhsuk-table__row" key={rowKeys?.[rowIndex] ?? rowIndex}>
            {row.map((cell, index) =>
              rowHeaders && index === 0 ? (
                <th key={index} scope="row" className="nhsuk-table__header">
                  {cell}
                </th>
              ) : (
                <td key={index} className={`nhsuk-table__cell${numeric.includes(index) ? ' nhsuk-table__cell--numeric' : ''}`}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A column header that only screen readers hear, for a column of buttons. */
export const ACTION_HEADER = <span className="nhsuk-u-visually-hidden">Action</span>;

export function InsetText({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {children}
    </div>
  );
}

/** Said to screen readers as well as shown: a page waiting for the API. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="nhsuk-body" role="status">
      Loading {what}…
    </p>
  );
}

/** A success message after an action, announced politely. */
export function SuccessBanner({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text" role="status">
      <span className="nhsuk-u-visually-hidden">Success: </span>
      {children}
    </div>
  );
}
