/**
 * The worksheet's last step: the brief with its print and download buttons, the message to send
 * before the meeting (editable; what is shown is what is copied) and the follow-up reminder.
 * Renders only: the texts come from brief.ts, the changes go back through `change`. The page
 * loads this file (and brief.ts) only when the reader reaches the step (see Worksheet.tsx).
 */
import { useState, type ChangeEvent } from 'react';
import { format } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { downloadFile } from '../../lib/browser.ts';
import { Undone, type Done } from '../shared/Undo.tsx';
import { useCopy } from '../shared/useCopy.ts';
import { isDay, showDay, type Worksheet, type WorksheetStrings } from './worksheet.ts';
import {
  briefMarkdown,
  briefText,
  buildBrief,
  currentMessage,
  fileName,
  followUpCalendar,
  suggestedMessage,
  withMessage,
  type Brief,
} from './brief.ts';
import type { Patch } from './store.ts';

interface ResultProps {
  locale: Locale;
  t: WorksheetStrings;
  sheet: Worksheet;
  change: (patch: Patch | ((current: Worksheet) => Patch)) => void;
  focusLater: (id: string) => void;
  edit: () => void;
}

/** The last step: the brief with its print and download buttons, the message, the reminder. */
export default function Result({ sheet, t, locale, change, focusLater, edit }: ResultProps) {
  const [done, setDone] = useState<Done | null>(null);
  const [copied, copy] = useCopy({ copied: t.result.copied, failed: t.result.copyFailed });
  const brief = buildBrief(sheet, t, locale);
  const asker = sheet.askedBy || 'me';
  const suggested = suggestedMessage(sheet, t, locale);
  const message = currentMessage(sheet, t, locale);
  const save = (extension: string, content: string, type: string, base = t.brief.file) =>
    downloadFile(fileName(base, sheet.contact, extension), content, `${type};charset=utf-8`);

  const edited = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const text = event.target.value;
    change((current) => ({ message: withMessage(current, asker, text === suggested ? undefined : text) }));
  };

  const reset = () => {
    const own = sheet.message[asker];
    change((current) => ({ message: withMessage(current, asker, undefined) }));
    setDone({
      text: t.result.resetDone,
      undo: () => {
        change((current) => ({ message: withMessage(current, asker, own) }));
        setDone(null);
        focusLater('ws-message');
      },
    });
  };

  // Made when clicked, so the file's DTSTAMP is the moment it was downloaded.
  const remind = () =>
    save('ics', followUpCalendar(sheet, t, locale, new Date()) ?? '', 'text/calendar', t.calendar.file);

  return (
    <>
      <p>{t.result.lead}</p>
      <BriefView brief={brief} />
      <div className="ws-buttons">
        <button type="button" className="button button--primary" onClick={() => print()}>
          {t.actions.print}
        </button>
        <button type="button" className="button" onClick={() => save('md', briefMarkdown(brief), 'text/markdown')}>
          {t.actions.markdown}
        </button>
        <button type="button" className="button" onClick={() => save('txt', briefText(brief, locale), 'text/plain')}>
          {t.actions.text}
        </button>
      </div>

      <section className="ws-message" aria-labelledby="ws-message-title">
        <h3 id="ws-message-title">{t.result.messageTitle}</h3>
        <p>{asker === 'them' ? t.result.messageThem : t.result.messageMe}</p>
        <label htmlFor="ws-message">{t.result.messageLabel}</label>
        <p className="ws-hint" id="ws-message-hint">
          {t.result.messageHint}
        </p>
        {message.edited && (
          <p className="ws-hint ws-edited" id="ws-message-edited">
            {t.result.edited}
          </p>
        )}
        <textarea
          id="ws-message"
          dir="auto"
          rows={12}
          value={message.text}
          onChange={edited}
          aria-describedby={`ws-message-hint${message.edited ? ' ws-message-edited' : ''}`}
        />
        <div className="ws-buttons">
          <button type="button" className="button button--primary" onClick={() => copy(message.text)}>
            {t.actions.copy}
          </button>
          {message.edited && (
            <button type="button" className="button" onClick={reset}>
              {t.actions.reset}
            </button>
          )}
        </div>
        <p role="status" className="ws-copied">
          {copied}
        </p>
        <Undone done={done} undoLabel={t.actions.undo} className="ws-flash" />
      </section>

      <section className="ws-reminder" aria-labelledby="ws-reminder-title">
        <h3 id="ws-reminder-title">{t.result.calendarTitle}</h3>
        {isDay(sheet.followUpDate) ? (
          <>
            <p>{format(t.result.calendarLead, { date: showDay(sheet.followUpDate, locale) })}</p>
            <div className="ws-buttons">
              <button type="button" className="button" onClick={remind}>
                {t.actions.calendar}
              </button>
            </div>
          </>
        ) : (
          <p>{t.result.calendarMissing}</p>
        )}
      </section>

      <div className="ws-buttons ws-buttons--nav">
        <button type="button" className="button" onClick={edit}>
          {t.actions.edit}
        </button>
      </div>
    </>
  );
}

/** The one-page brief; the print stylesheet shows this and nothing else. */
function BriefView({ brief }: { brief: Brief }) {
  return (
    <article className="ws-brief" aria-labelledby="ws-brief-title">
      <h3 id="ws-brief-title" dir="auto">
        {brief.title}
      </h3>
      {brief.facts.length > 0 && (
        <dl className="ws-brief__facts">
          {brief.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd dir="auto">{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {brief.sections.map((section) => (
        <section key={section.heading}>
          <h4>{section.heading}</h4>
          {section.note && <p className="ws-brief__note">{section.note}</p>}
          {section.text && (
            <p className="ws-brief__text" dir="auto">
              {section.text}
            </p>
          )}
          {section.items && (
            <ol>
              {section.items.map((item, index) => (
                <li key={index} dir="auto">
                  {item}
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
      <ul className="ws-brief__checks">
        {brief.checks.map((check) => (
          <li key={check}>{check}</li>
        ))}
      </ul>
    </article>
  );
}
