/**
 * The checks of the edited draft: each with a visible verdict (word, sign and colour), a short
 * explanation, and the words that made it fail; then the draft with those words marked. The list
 * itself is not a live region: Builder announces a summary when a verdict changes.
 */
import { countedText } from './counted.ts';
import { fill, highlight } from './message.ts';
import type { BuilderStrings, CheckResult, Message } from './types.ts';

interface Props {
  results: CheckResult[];
  message: Message;
  strings: BuilderStrings;
  locale: string;
}

/** The explanation a check shows, with its numbers filled in. */
export function explain(result: CheckResult, strings: BuilderStrings, locale: string): string {
  const check = strings.checks[result.id]!;
  const { count = 0, ...values } = result.values ?? {};
  return countedText(locale, result.pass ? check.pass : check.fail, count, values);
}

function Marked({ text, found }: { text: string; found: CheckResult['found'] & object }) {
  return (
    <>
      {highlight(text, found).map((piece, index) =>
        piece.flagged ? <mark key={index}>{piece.text}</mark> : piece.text,
      )}
    </>
  );
}

export function Checklist({ results, message, strings, locale }: Props) {
  const c = strings.common;
  const flagged = results.filter((r) => !r.pass).flatMap((r) => r.found ?? []);
  const inSubject = flagged.filter((m) => m.part === 'subject');
  const inBody = flagged.filter((m) => m.part === 'body');
  return (
    <>
      <ul className="checklist">
        {results.map((result) => {
          const words = [...new Set((result.pass ? [] : (result.found ?? [])).map((m) => m.text))];
          return (
            <li key={result.id} className={`checklist__item checklist__item--${result.pass ? 'pass' : 'fail'}`}>
              <span className="checklist__verdict">
                <span aria-hidden="true">{result.pass ? '✓ ' : '! '}</span>
                {result.pass ? c.pass : c.fail}
              </span>
              <span className="checklist__text">
                <strong>{strings.checks[result.id]!.label}.</strong> {explain(result, strings, locale)}
                {words.length > 0 && (
                  <span className="checklist__found">
                    {' '}
                    {fill(c.flagged, { list: words.map((text) => fill(c.quote, { text })).join(', ') })}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {flagged.length > 0 && (
        <figure className="builder__preview">
          <figcaption>{c.preview}</figcaption>
          {inSubject.length > 0 && (
            <p dir="auto" className="builder__preview-subject">
              <Marked text={message.subject} found={inSubject} />
            </p>
          )}
          {inBody.length > 0 && (
            <div dir="auto" className="builder__preview-body">
              <Marked text={message.body} found={inBody} />
            </div>
          )}
        </figure>
      )}
    </>
  );
}
