import { FieldsetFrame } from './fields';
import { DATE_PARTS, firstBoxId, type DatePart, type DateParts } from './date-parts';

const BOXES: readonly { part: DatePart; label: string; width: 2 | 4 }[] = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
];

/**
 * The NHS date input: day, month and year boxes in one fieldset whose legend is the question. The day box's id
 * (`<id>-day`, see firstBoxId) is where the error summary's link goes; with an error, only the boxes at fault are
 * highlighted, or all three when the problem does not say which.
 */
export function DateInput({
  id,
  legend,
  hint,
  error,
  errorBoxes = DATE_PARTS,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  errorBoxes?: readonly DatePart[];
  value: DateParts;
  onChange: (value: DateParts) => void;
}) {
  return (
    <FieldsetFrame id={id} legend={legend} hint={hint} error={error} role="group">
      <div className="nhsuk-date-input" id={id}>
        {BOXES.map(({ part, label, width }) => {
          const boxId = part === 'day' ? firstBoxId(id) : `${id}-${part}`;
          return (
            <div className="nhsuk-date-input__item" key={part}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={boxId}>
                  {label}
                </label>
                <input
                  className={`nhsuk-input nhsuk-input--width-${width} nhsuk-date-input__input${error && errorBoxes.includes(part) ? ' nhsuk-input--error' : ''}`}
                  id={boxId}
                  name={boxId}
                  type="text"
                  inputMode="numeric"
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                />
              </div>
            </div>
          );
        })}
      </div>
    </FieldsetFrame>
  );
}
