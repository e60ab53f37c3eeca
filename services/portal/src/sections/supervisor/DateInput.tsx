import { FieldsetFrame } from '../../components/fields';

const PARTS = [
  { key: 'day', label: 'Day', width: 2 },
  { key: 'month', label: 'Month', width: 2 },
  { key: 'year', label: 'Year', width: 4 },
] as const;

/** The NHS date input: day, month and year in one fieldset, the first field taking the group's id. */
export function DateInput({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  value: { day: string; month: string; year: string };
  onChange: (value: { day: string; month: string; year: string }) => void;
}) {
  return (
    <FieldsetFrame id={id} legend={legend} hint={hint} error={error} role="group">
      <div className="nhsuk-date-input" id={id}>
        {PARTS.map((part) => (
          <div className="nhsuk-date-input__item" key={part.key}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part.key}`}>
                {part.label}
              </label>
              <input
                className={`nhsuk-input nhsuk-input--width-${part.width} nhsuk-date-input__input${error ? ' nhsuk-input--error' : ''}`}
                id={`${id}-${part.key}`}
                name={`${id}-${part.key}`}
                type="text"
                inputMode="numeric"
                value={value[part.key]}
                onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
              />
            </div>
          </div>
        ))}
      </div>
    </FieldsetFrame>
  );
}
