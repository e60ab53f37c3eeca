import type { Option } from '../../components/fields';

/**
 * One check-in statement as an NHS inline radios question: the statement is the legend, so a screen reader
 * hears it with each answer; the time frame is said once before the questions and again, hidden, in each legend.
 */
export function ScaleQuestion({ id, statement, options, value, onChange, error }: { id: string; statement: string; options: readonly Option[]; value: string; onChange: (value: string) => void; error?: string }) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          <span className="nhsuk-u-visually-hidden">Over the last two weeks: </span>
          {statement}
        </legend>
        {error && (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error: </span>
            {error}
          </span>
        )}
        <div className="nhsuk-radios nhsuk-radios--inline">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input className="nhsuk-radios__input" id={optionId} name={id} type="radio" value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
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
