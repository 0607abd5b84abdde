/**
 * Bringing back a backup: choose a file; it is read and checked at once, and either refused with
 * the reason (nothing changes) or shown as a preview of what it would add and what is newer
 * where; only "Add to this browser" changes anything, and then only what the preview said.
 */
import { lazy, useRef, useState, type ChangeEvent } from 'react';
import { plural } from '../../i18n/format.ts';
import { ErrorSummary, loadErrorSummary } from '../shared/ErrorSummary.tsx';
import { Later } from '../shared/Later.tsx';
import { useStatus } from '../shared/useStatus.ts';
import type { Preview, RefusedBecause, SavedStore } from './backup.ts';
import type { SavedPageProps } from './SavedWork.tsx';

type Props = Pick<SavedPageProps, 'locale' | 't' | 'notice' | 'quizzes' | 'kinds'> & {
  store: SavedStore;
};

/** The preview, loaded with the file's reading (read-backup.ts) once a file is chosen. */
const ImportPreview = lazy(() => import('./ImportPreview.tsx'));

export function ImportBackup(props: Props) {
  const { locale, t, store } = props;
  const s = t.import;
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<RefusedBecause | 'unreadable' | null>(null);
  const [sent, setSent] = useState(0);
  const [status, say] = useStatus();
  const input = useRef<HTMLInputElement>(null);

  const reset = () => {
    setPreview(null);
    if (input.current) input.current.value = '';
  };
  const refuse = (why: RefusedBecause | 'unreadable') => {
    setError(why);
    setSent((n) => n + 1);
  };
  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPreview(null);
    setError(null);
    if (!file) return;
    // Read alongside the file: the summary that says why it is refused, should it be.
    loadErrorSummary().catch(() => undefined);
    const text = await file.text().catch(() => null);
    if (text === null) return refuse('unreadable');
    // Should the code that reads backups not arrive (offline), nothing was read and nothing changed.
    const read = await store.read(text).catch(() => null);
    if (!read) return say(props.notice.loadFailed);
    if ('refused' in read) return refuse(read.refused);
    setPreview(read.preview);
    say(s.previewTitle);
  };
  const confirm = () => {
    if (!preview) return;
    store.merge(preview).then(
      ({ written, failed }) => {
        reset();
        say(failed ? plural(locale, s.failed, failed) : plural(locale, s.done, written));
      },
      () => say(props.notice.loadFailed),
    );
  };

  return (
    <section className="saved-section" aria-labelledby="saved-import">
      <h2 id="saved-import">{s.title}</h2>
      <ErrorSummary
        loadFailed={props.notice.loadFailed}
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
        <Later failed={props.notice.loadFailed}>
          <ImportPreview
            {...props}
            preview={preview}
            onConfirm={confirm}
            onCancel={() => {
              reset();
              say(s.cancelled);
              input.current?.focus();
            }}
          />
        </Later>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
