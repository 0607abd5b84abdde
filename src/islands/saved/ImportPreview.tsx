/** What a chosen backup would change here: counts, then every record with what would happen to it. */
import { changedAt } from '../../lib/days.ts';
import { format, plural } from '../../i18n/format.ts';
import type { Change, Preview, SavedStore } from './backup.ts';
import { groupTitle, nameOf } from './Holdings.tsx';
import type { SavedPageProps } from './SavedWork.tsx';

type Props = Pick<SavedPageProps, 'locale' | 't' | 'quizzes' | 'kinds'> & {
  store: SavedStore;
  preview: Preview;
  onConfirm: () => void;
  onCancel: () => void;
};

const changes: readonly Change[] = ['added', 'updated', 'kept', 'same'];

export default function ImportPreview(props: Props) {
  const { locale, t, preview, onConfirm, onCancel } = props;
  const s = t.import;
  const count = (change: Change) => preview.records.filter((record) => record.change === change).length;
  const anything = count('added') + count('updated') > 0 || preview.aside.length > 0;
  return (
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
                {format(t.changed, { date: changedAt(locale, new Date(item.changed)) })}
              </time>
            </span>
          </li>
        ))}
      </ul>
      {!anything && <p>{s.nothing}</p>}
      <div className="saved-buttons">
        {anything && (
          <button type="button" className="button button--primary" onClick={onConfirm}>
            {s.confirm}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          {s.cancel}
        </button>
      </div>
    </section>
  );
}
