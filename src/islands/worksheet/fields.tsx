/**
 * One question of the worksheet: a labelled text field, text area or date, or a group of choices,
 * with its hint and error joined to it by aria-describedby. Renders only; the value and the change
 * come from the worksheet.
 */
import type { FieldId, TextField, Worksheet, WorksheetStrings } from './worksheet.ts';
import { kinds } from './worksheet.ts';

/** The element a field's error links to: the input, or a group's first option. */
export const inputId = (field: FieldId) =>
  field === 'askedBy' ? 'ws-askedBy-me' : field === 'goalKind' ? `ws-goalKind-${kinds[0]}` : `ws-${field}`;

const describe = (id: string, error?: string) => `${id}-hint${error ? ` ${id}-error` : ''}`;

function ErrorText({ id, error, prefix }: { id: string; error?: string | undefined; prefix: string }) {
  if (!error) return null;
  return (
    <p className="ws-error" id={`${id}-error`}>
      <span className="visually-hidden">{prefix} </span>
      {error}
    </p>
  );
}

interface TextProps {
  name: TextField;
  t: WorksheetStrings;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
  area?: number;
  date?: boolean;
  required?: boolean;
  min?: string | undefined;
}

export function TextQuestion({ name, t, value, error, onChange, area, date, required, min }: TextProps) {
  const id = `ws-${name}`;
  const props = {
    id,
    name,
    value,
    required,
    'aria-describedby': describe(id, error),
    'aria-invalid': error ? true : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className={`ws-field${error ? ' ws-field--error' : ''}`}>
      <label htmlFor={id}>
        {t.fields[name].label}
        {!required && <span className="ws-optional"> {t.optional}</span>}
      </label>
      <p className="ws-hint" id={`${id}-hint`}>
        {t.fields[name].hint}
      </p>
      <ErrorText id={id} error={error} prefix={t.errors.prefix} />
      {area ? (
        <textarea rows={area} dir="auto" {...props} />
      ) : date ? (
        <input type="date" min={min} {...props} />
      ) : (
        <input
          type="text"
          dir="auto"
          autoComplete={name === 'yourName' ? 'name' : 'off'}
          spellCheck={false}
          {...props}
        />
      )}
    </div>
  );
}

interface ChoiceProps<K extends 'askedBy' | 'goalKind'> {
  name: K;
  t: WorksheetStrings;
  value: Worksheet[K];
  options: ReadonlyArray<readonly [Worksheet[K], string]>;
  error?: string | undefined;
  required?: boolean;
  onChange: (value: Worksheet[K]) => void;
}

export function ChoiceQuestion<K extends 'askedBy' | 'goalKind'>(props: ChoiceProps<K>) {
  const { name, t, value, options, error, required = false, onChange } = props;
  const id = `ws-${name}`;
  return (
    <fieldset className={`ws-field ws-choice${error ? ' ws-field--error' : ''}`} aria-describedby={describe(id, error)}>
      <legend>
        {t.fields[name].label}
        {!required && <span className="ws-optional"> {t.optional}</span>}
      </legend>
      <p className="ws-hint" id={`${id}-hint`}>
        {t.fields[name].hint}
      </p>
      <ErrorText id={id} error={error} prefix={t.errors.prefix} />
      {options.map(([option, label]) => (
        <div className="ws-choice__option" key={option}>
          <input
            type="radio"
            id={`${id}-${option}`}
            name={name}
            value={option}
            checked={value === option}
            required={required}
            onChange={() => onChange(option)}
          />
          <label htmlFor={`${id}-${option}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}
