import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** The message shown beside the field, also listed in the page's error summary. */
  error?: string;
}

function FieldFrame({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
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

/** Radios inside a fieldset whose legend is the question. */
export function Radios(props: { id: string; legend: string; hint?: ReactNode; error?: string; name?: string; options: readonly Option[]; value: string; onChange: (value: string) => void }) {
  const { id, legend, hint, error, options, value, onChange } = props;
  const name = props.name ?? id;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy({ id, label: legend, hint, error })}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
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
        <div className="nhsuk-radios">
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
      </fieldset>
    </div>
  );
}

/** Checkboxes inside a fieldset whose legend is the question. */
export function Checkboxes(props: { id: string; legend: string; hint?: ReactNode; error?: string; options: readonly Option[]; values: readonly string[]; onChange: (values: string[]) => void }) {
  const { id, legend, hint, error, options, values, onChange } = props;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy({ id, label: legend, hint, error })}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
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
      </fieldset>
    </div>
  );
}
