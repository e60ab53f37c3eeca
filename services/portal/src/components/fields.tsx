import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** The message shown beside the field, also listed in the page's error summary. */
  error?: string;
}

/** A field's hint and error message, with the ids its input's aria-describedby points at. */
function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </span>
      )}
    </>
  );
}

function FieldFrame({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

const describedBy = ({ id, hint, error }: FieldProps): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextInput(props: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { width?: 2 | 3 | 4 | 5 | 10 | 20 | 30 }) {
  const { id, label, hint, error, width, className, ...input } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        {...input}
        id={id}
        name={input.name ?? id}
        className={['nhsuk-input', width ? `nhsuk-input--width-${width}` : '', error ? 'nhsuk-input--error' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-describedby={describedBy(props)}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  const { id, label, hint, error, ...textarea } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        rows={5}
        {...textarea}
        id={id}
        name={textarea.name ?? id}
        className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
        aria-describedby={describedBy(props)}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select(props: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { options: readonly Option[] }) {
  const { id, label, hint, error, options, ...select } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select {...select} id={id} name={select.name ?? id} className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`} aria-describedby={describedBy(props)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface FieldsetProps {
  id: string;
  legend: string;
  /** Said to screen readers before the legend, for context the page shows once above several questions. */
  hiddenLegendPrefix?: string;
  hint?: ReactNode;
  /** The message shown above the choices, also listed in the page's error summary. */
  error?: string;
}

/** The NHS fieldset frame for a question whose answer takes several inputs: its legend, hint and error message. */
export function FieldsetFrame({ id, legend, hiddenLegendPrefix, hint, error, role, children }: FieldsetProps & { role?: 'group'; children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" role={role} aria-describedby={describedBy({ id, label: legend, hint, error })}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          {hiddenLegendPrefix && <span className="nhsuk-u-visually-hidden">{hiddenLegendPrefix}</span>}
          {legend}
        </legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

/** Radios inside a fieldset whose legend is the question; inline for short answers such as a scale's. */
export function Radios(props: FieldsetProps & { name?: string; inline?: boolean; options: readonly Option[]; value: string; onChange: (value: string) => void }) {
  const { id, inline, options, value, onChange } = props;
  const name = props.name ?? id;
  return (
    <FieldsetFrame id={id} legend={props.legend} hiddenLegendPrefix={props.hiddenLegendPrefix} hint={props.hint} error={props.error}>
      <div className={`nhsuk-radios${inline ? ' nhsuk-radios--inline' : ''}`}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <div className="nhsuk-radios__item" key={option.value}>
              <input className="nhsuk-radios__input" id={optionId} name={name} type="radio" value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetFrame>
  );
}

/** Checkboxes inside a fieldset whose legend is the question. */
export function Checkboxes(props: FieldsetProps & { options: readonly Option[]; values: readonly string[]; onChange: (values: string[]) => void }) {
  const { id, options, values, onChange } = props;
  return (
    <FieldsetFrame id={id} legend={props.legend} hiddenLegendPrefix={props.hiddenLegendPrefix} hint={props.hint} error={props.error}>
      <div className="nhsuk-checkboxes">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          const checked = values.includes(option.value);
          return (
            <div className="nhsuk-checkboxes__item" key={option.value}>
              <input
                className="nhsuk-checkboxes__input"
                id={optionId}
                name={id}
                type="checkbox"
                value={option.value}
                checked={checked}
                onChange={() => onChange(checked ? values.filter((value) => value !== option.value) : [...values, option.value])}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetFrame>
  );
}
