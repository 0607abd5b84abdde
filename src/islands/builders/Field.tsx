/**
 * One question of a builder: a labelled text field, text area, select or radio group, with its
 * hint and error joined to it by aria-describedby. Whatever is typed is shown as typed (dir="auto"
 * keeps right-to-left text readable). Each field is named after its answer (Builder.tsx reads the
 * server-rendered form by those names).
 */
import type { FieldSpec, FieldStrings } from './types.ts';

interface Props {
  field: FieldSpec;
  /** Whether the answer is required with the answers given so far. */
  required: boolean;
  strings: FieldStrings;
  value: string;
  error: boolean;
  optional: string;
  errorPrefix: string;
  onChange: (value: string) => void;
}

/** The element an error summary link should focus: a radio group's first choice, else the field. */
export const fieldTarget = (field: FieldSpec) =>
  field.kind === 'radio' ? `b-${field.name}-${field.options![0]}` : `b-${field.name}`;

export function Field({ field, required, strings, value, error, optional, errorPrefix, onChange }: Props) {
  const id = `b-${field.name}`;
  const hintId = strings.hint ? `${id}-hint` : '';
  const errorId = error ? `${id}-error` : '';
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {strings.label}
      {!required && <span className="field__optional"> {optional}</span>}
    </>
  );
  const extra = (
    <>
      {hintId && (
        <p id={hintId} className="field__hint">
          {strings.hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{errorPrefix} </span>
          {strings.error}
        </p>
      )}
    </>
  );
  const className = `field${error ? ' field--error' : ''}`;

  if (field.kind === 'radio') {
    return (
      <fieldset className={className} aria-describedby={describedBy}>
        <legend className="field__label">{label}</legend>
        {extra}
        {field.options!.map((option) => (
          <div className="field__choice" key={option}>
            <input
              type="radio"
              id={`${id}-${option}`}
              name={field.name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <label htmlFor={`${id}-${option}`}>{strings.options?.[option] ?? option}</label>
          </div>
        ))}
      </fieldset>
    );
  }

  const shared = {
    id,
    name: field.name,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': error || undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className={className}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {extra}
      {field.kind === 'textarea' ? (
        <textarea {...shared} dir="auto" rows={3} />
      ) : field.kind === 'select' ? (
        <select {...shared}>
          <option value="">{strings.choose}</option>
          {field.options!.map((option) => (
            <option key={option} value={option}>
              {strings.options?.[option] ?? option}
            </option>
          ))}
        </select>
      ) : field.kind === 'date' ? (
        <input {...shared} type="date" />
      ) : (
        <input {...shared} type="text" dir="auto" autoComplete={field.autocomplete} />
      )}
    </div>
  );
}
