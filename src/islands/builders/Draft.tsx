/**
 * The written draft: its subject and text to edit, the counter, the checks (Checklist.tsx) and the
 * ways to send it (Send.tsx), with the announcements of checks that turn. Builder.tsx loads this
 * module, with the rest of its builder's spec, when the reader first asks for a draft (or opens
 * one that has a text), so a page carries none of it before then. Renders only.
 */
import { useEffect, useMemo, useRef } from 'react';
import { countedText } from './counted.ts';
import type { Locale } from '../../i18n/locales.ts';
import { Checklist } from './Checklist.tsx';
import type { Draft as DraftData } from './drafts.ts';
import { checksSummary, counter, verdicts } from './message.ts';
import { Send } from './Send.tsx';
import type { BuilderSpec, BuilderStrings, Inputs, Message } from './types.ts';

export interface DraftProps<Data> {
  spec: BuilderSpec<Data>;
  /** This locale's data: the checks' phrase lists, labels. */
  data: Data;
  locale: Locale;
  strings: BuilderStrings;
  draft: DraftData & { text: Message };
  /** Changes the draft's text, as the reader edits it. */
  edit(text: Message): void;
  /** Says something in the builder's polite live region. */
  announce(text: string): void;
}

/** Whether the message is an email (subject line, mailto) with these answers. */
const isEmail = (spec: BuilderSpec<never>, inputs: Inputs) =>
  typeof spec.email === 'function' ? spec.email(inputs) : spec.email;

/** Announcements wait until typing pauses, so a screen reader is not interrupted at every key. */
const quiet = 500;

export default function Draft<Data>({ spec, data, locale, strings, draft, edit, announce }: DraftProps<Data>) {
  const c = strings.common;
  const text = draft.text;
  const results = useMemo(
    () => spec.check(text, draft.inputs, data, locale),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the checks read only the text and the answers; spec, data and locale are fixed for the page's life
    [text, draft.inputs],
  );
  const limit = spec.limit?.(draft.inputs);
  const count = limit && counter(text.body, limit.max, locale);
  const counterForms = limit?.hard ? [c.left, c.over] : [c.leftRecommended, c.overRecommended];
  const counterText =
    count && countedText(locale, counterForms[count.left < 0 ? 1 : 0]!, Math.abs(count.left), { limit: limit.max });

  // Announced once typing pauses: a summary when a check has turned, and the counter when it has
  // crossed 50 left, 20 left or the limit. Every render restarts the wait, and the message is
  // written when it ends, so it says how things stand then.
  const verdictKey = verdicts(results);
  const band = count ? count.band : undefined;
  const seen = useRef<{ verdict: string; band: string | undefined }>({ verdict: '', band: undefined });
  const pending = useRef({ verdict: false, band: false });
  useEffect(() => {
    if (verdictKey !== seen.current.verdict) pending.current.verdict = results.length > 0;
    if (band !== seen.current.band && band && seen.current.band) pending.current.band = true;
    seen.current = { verdict: verdictKey, band };
    if (!pending.current.verdict && !pending.current.band) return;
    const timer = setTimeout(() => {
      const counterNews = pending.current.band && counterText ? `${counterText}. ` : '';
      announce(counterNews + (pending.current.verdict ? checksSummary(results, strings, locale) : ''));
      pending.current = { verdict: false, band: false };
    }, quiet);
    return () => clearTimeout(timer);
  });

  const email = isEmail(spec, draft.inputs);
  const setText = (part: keyof Message, value: string) => edit({ ...text, [part]: value });

  return (
    <>
      <section aria-labelledby="b-draft">
        <h2 id="b-draft" tabIndex={-1}>
          {c.draft}
        </h2>
        <p id="b-edit-hint" className="field__hint">
          {c.editHint}
        </p>
        {email && (
          <div className="field">
            <label htmlFor="b-subject" className="field__label">
              {c.subject}
            </label>
            <input
              id="b-subject"
              type="text"
              dir="auto"
              value={text.subject}
              onChange={(e) => setText('subject', e.target.value)}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor="b-body" className="field__label">
            {strings.body}
          </label>
          <textarea
            id="b-body"
            className="builder__body"
            dir="auto"
            rows={Math.min(24, Math.max(6, text.body.split('\n').length + 2))}
            value={text.body}
            aria-describedby={count ? 'b-edit-hint b-counter' : 'b-edit-hint'}
            onChange={(e) => setText('body', e.target.value)}
          />
          {count && (
            <p id="b-counter" className={`builder__counter builder__counter--${count.band}`}>
              {counterText}
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby="b-checks">
        <h2 id="b-checks">{c.checks}</h2>
        <p className="field__hint">{c.checksLead}</p>
        <Checklist results={results} message={text} strings={strings} locale={locale} />
      </section>

      <Send spec={spec} data={data} strings={strings} text={text} email={email} />
    </>
  );
}
