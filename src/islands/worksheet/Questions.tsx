/** The questions of one step of the worksheet, in the order the worksheet asks them. */
import { ChoiceQuestion, TextQuestion } from './fields.tsx';
import { isDay, kinds, type FieldError, type FieldId, type Worksheet, type WorksheetStrings } from './worksheet.ts';
import type { Patch } from './store.ts';

interface Props {
  step: number;
  sheet: Worksheet;
  t: WorksheetStrings;
  errors: readonly FieldError[];
  change: (patch: Patch) => void;
}

export function Questions({ step, sheet, t, errors, change }: Props) {
  const errorOf = (field: FieldId) => errors.find((error) => error.field === field)?.message;
  const text = (
    name: Parameters<typeof TextQuestion>[0]['name'],
    options: { area?: number; date?: boolean; required?: boolean; min?: string } = {},
  ) => (
    <TextQuestion
      name={name}
      t={t}
      value={sheet[name]}
      error={errorOf(name)}
      onChange={(value) => change({ [name]: value })}
      {...options}
    />
  );
  switch (step) {
    case 0:
      return (
        <>
          {text('contact', { required: true })}
          {text('how', { area: 2 })}
          {text('meetingDate', { date: true })}
          <ChoiceQuestion
            name="askedBy"
            t={t}
            value={sheet.askedBy}
            options={[
              ['me', t.fields.askedBy.me],
              ['them', t.fields.askedBy.them],
            ]}
            error={errorOf('askedBy')}
            required
            onChange={(askedBy) => change({ askedBy })}
          />
        </>
      );
    case 1:
      return (
        <>
          <ChoiceQuestion
            name="goalKind"
            t={t}
            value={sheet.goalKind}
            options={kinds.map((kind) => [kind, t.kinds[kind]] as const)}
            error={errorOf('goalKind')}
            onChange={(goalKind) => change({ goalKind })}
          />
          {sheet.goalKind === 'know' && text('knowWhy', { area: 2 })}
          {text('goal', { area: 2, required: true })}
          {text('whyNow', { area: 2 })}
        </>
      );
    case 2:
      return (
        <>
          {text('prepareMe', { area: 3 })}
          {text('prepareThem', { area: 2 })}
          {text('questions', { area: 5 })}
        </>
      );
    default:
      return (
        <>
          {text('offer', { area: 2 })}
          {text('followUpDate', { date: true, ...(isDay(sheet.meetingDate) ? { min: sheet.meetingDate } : {}) })}
          {text('yourName')}
        </>
      );
  }
}
