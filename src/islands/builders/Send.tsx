/** The last part of a builder: copy the draft (subject, body, both) or open it in an email app. */
import { useCopy } from '../shared/useCopy.ts';
import { mailto, withSubject } from './message.ts';
import type { BuilderSpec, BuilderStrings, Message } from './types.ts';

interface Props<Data> {
  spec: BuilderSpec<Data>;
  data: Data;
  strings: BuilderStrings;
  text: Message;
  /** Whether the draft goes by email, with a subject (the contact request asks where it goes). */
  email: boolean;
}

export function Send<Data>({ spec, data, strings, text, email }: Props<Data>) {
  const c = strings.common;
  const [copied, copy] = useCopy({ copied: c.copied, failed: c.copyFailed });
  return (
    <section aria-labelledby="b-send">
      <h2 id="b-send">{c.send}</h2>
      <div className="builder__row">
        {email && (
          <button type="button" className="button" onClick={() => copy(text.subject)}>
            {strings.copySubject}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={() => copy(text.body)}>
          {strings.copyBody}
        </button>
        {email && (
          <button
            type="button"
            className="button"
            onClick={() => copy(withSubject(text, spec.subjectLabel?.(data) ?? c.subject))}
          >
            {strings.copyBoth}
          </button>
        )}
        {email && (
          <a className="button" href={mailto(text)} aria-describedby="b-mailto-hint">
            {strings.mailto}
          </a>
        )}
      </div>
      {email && (
        <p id="b-mailto-hint" className="field__hint">
          {strings.mailtoHint}
        </p>
      )}
      <p role="status" className="builder__copied">
        {copied}
      </p>
    </section>
  );
}
