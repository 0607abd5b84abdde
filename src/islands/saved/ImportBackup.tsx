/**
 * Bringing back a backup: choose a file; it is read and checked at once, and either refused with
 * the reason (nothing changes) or shown as a preview of what it would add and what is newer
 * where; only "Add to this browser" changes anything, and then only what the preview said.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { format, plural } from '../../i18n/format.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { useStatus } from '../shared/useStatus.ts';
import type { Change, Preview, RefusedBecause, SavedStore } from './backup.ts';
import { groupTitle, nameOf } from './Holdings.tsx';
import type { SavedPageProps } from './SavedWork.tsx';

type Props = Pick<SavedPageProps, 'locale' | 't' | 'quizzes' | 'tools' | 'worksheet'> & { store: SavedStore };

const changes: readonly Change[] = ['added', 'updated', 'kept', 'same'];

export function ImportBackup(props: Props) {
  const { locale, t, store } = props;
  const s = t.import;
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<RefusedBecause | 'unreadable' | null>(null);
  const [sent, setSent] = useState(0);
  const [status, say] = useStatus();
  const input = useRef<HTMLInputElement>(null);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const reset = () => {
    setPreview(null);
    if (input.current) input.current.value = '';
  };
  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPreview(null);
    setError(null);
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError('unreadable');
      setSent((n) => n + 1);
      return;
    }
    const read = store.read(text);
    if ('refused' in read) {
      setError(read.refused);
      setSent((n) => n + 1);
      return;
    }
    setPreview(read.preview);
    say(s.previewTitle);
  };
  const confirm = () => {
    if (!preview) return;
    const { written, failed } = store.merge(preview);
    reset();
    say(failed ? plural(locale, s.failed, failed) : plural(locale, s.done, written));
  };

  const count = (change: Change) => preview?.records.filter((record) => record.change === change).length ?? 0;
  const anything = preview && (count('added') + count('updated') > 0 || preview.aside.length > 0);

  return (
    <section className="saved-section" aria-labelledby="saved-import">
      <h2 id="saved-import">{s.title}</h2>
      <ErrorSummary
        title={s.errorTitle}
        sent={sent}
        errors={error ? [{ target: 'saved-file', message: s.errors[error] }] : []}
      />
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor="saved-file" className="field__label">
          {s.label}
        </label>
        <p id="saved-file-hint" className="field__hint">
          {s.hint}
        </p>
        {error && (
          <p id="saved-file-error" className="field__error">
            {s.errors[error]}
          </p>
        )}
        <input
          id="saved-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-describedby={error ? 'saved-file-hint saved-file-error' : 'saved-file-hint'}
          aria-invalid={error ? true : undefined}
          onChange={chosen}
        />
      </div>
      {preview && (
        <section className="saved-preview" aria-labelledby="saved-preview">
          <h3 id="saved-preview">{s.previewTitle}</h3>
          <ul>
            {changes
              .filter((change) => count(change))
              .map((change) => (
                <li key={change}>{plural(locale, s[change], count(change))}</li>
              ))}
            {preview.aside.length > 0 && <li>{plural(locale, s.asideAdded, preview.aside.length)}</li>}
          </ul>
          <ul className="saved-list">
            {preview.records.map(({ kind, item, change }) => (
              <li key={`${kind}:${item.id}`}>
                <span className="saved-list__name" dir="auto">
                  {groupTitle(kind, props)}: {nameOf(kind, item, props)}
                </span>
                <span className="saved-list__meta">
                  {s.status[change]} ·{' '}
                  <time dateTime={item.changed}>
                    {format(t.changed, { date: when.format(new Date(item.changed)) })}
                  </time>
                </span>
              </li>
            ))}
          </ul>
          {!anything && <p>{s.nothing}</p>}
          <div className="saved-buttons">
            {anything && (
              <button type="button" className="button button--primary" onClick={confirm}>
                {s.confirm}
              </button>
            )}
            <button
              type="button"
              className="button"
              onClick={() => {
                reset();
                say(s.cancelled);
                input.current?.focus();
              }}
            >
              {s.cancel}
            </button>
          </div>
        </section>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
