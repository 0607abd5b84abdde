/** What this browser holds, kind by kind, each record with its name and when it last changed. */
import { changedAt } from '../../lib/days.ts';
import { format, plural } from '../../i18n/format.ts';
import type { Item } from '../../lib/collection.ts';
import type { DraftData } from '../builders/drafts.ts';
import type { Progress } from '../quiz/progress.ts';
import { isDay, showDay } from '../worksheet/shape.ts';
import type { WorksheetData } from '../worksheet/record.ts';
import type { SavedState } from './backup.ts';
import type { SavedPageProps } from './SavedWork.tsx';

type Props = Pick<SavedPageProps, 'locale' | 't' | 'quizzes' | 'kinds'> & { state: SavedState };

/** How a record is named on this page and in the import's preview. */
export function nameOf(kind: string, item: Item<unknown>, props: Omit<Props, 'state'>): string {
  const { t, locale } = props;
  if (kind === 'quiz') return props.quizzes.find((quiz) => quiz.id === item.id)?.title ?? t.goneQuiz;
  if (kind === 'worksheet') {
    const sheet = item.data as WorksheetData;
    const who = sheet.contact.trim() || t.untitledWorksheet;
    return isDay(sheet.meetingDate) ? `${who} · ${showDay(sheet.meetingDate, locale)}` : who;
  }
  const field = props.kinds[kind]?.titleField;
  const title = field && (item.data as DraftData).inputs[field]?.trim();
  return title || t.untitledDraft;
}

/** The heading of a kind's group: "Worksheets", "Drafts: Reconnection email builder". */
export const groupTitle = (kind: string, props: Pick<Props, 'kinds'>): string => props.kinds[kind]?.title ?? kind;

export function Holdings(props: Props) {
  const { locale, t, state } = props;
  const hrefOf = (kind: string, id: string) =>
    kind === 'quiz' ? props.quizzes.find((quiz) => quiz.id === id)?.href : props.kinds[kind]?.href;
  const groups = state.kinds.filter(({ snapshot }) => snapshot.items.length);

  const quizLine = (item: Item<unknown>) => {
    const progress = item.data as Progress;
    const total = props.quizzes.find((quiz) => quiz.id === item.id)?.shape.questions.length ?? progress.answers.length;
    const best = progress.best === null ? '' : ` · ${format(t.best, { score: progress.best, total })}`;
    return `${format(t.answered, { answered: progress.answers.length, total })}${best}`;
  };

  return (
    <section className="saved-section" aria-labelledby="saved-holds">
      <h2 id="saved-holds">{t.holdsTitle}</h2>
      {state.problem === 'unavailable' ? (
        <p className="notice">{t.unavailable}</p>
      ) : (
        !groups.length && !state.aside.length && <p>{t.empty}</p>
      )}
      {groups.map(({ kind, snapshot }) => (
        <section key={kind} className="saved-group" aria-labelledby={`saved-${kind}`}>
          <h3 id={`saved-${kind}`}>
            {groupTitle(kind, props)}{' '}
            <span className="saved-group__count">({plural(locale, t.count, snapshot.items.length)})</span>
          </h3>
          <ul className="saved-list">
            {[...snapshot.items]
              .sort((a, b) => b.changed.localeCompare(a.changed))
              .map((item) => {
                const href = hrefOf(kind, item.id);
                const name = nameOf(kind, item, props);
                return (
                  <li key={item.id}>
                    <span className="saved-list__name" dir="auto">
                      {href ? <a href={href}>{name}</a> : name}
                    </span>
                    {kind === 'quiz' && <span className="saved-list__meta">{quizLine(item)}</span>}
                    <span className="saved-list__meta">
                      <time dateTime={item.changed}>
                        {format(t.changed, { date: changedAt(locale, new Date(item.changed)) })}
                      </time>
                    </span>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
      {state.aside.length > 0 && (
        <section className="saved-group" aria-labelledby="saved-aside">
          <h3 id="saved-aside">
            {t.aside} <span className="saved-group__count">({plural(locale, t.count, state.aside.length)})</span>
          </h3>
          <ul className="saved-list">
            {state.aside.map((entry) => (
              <li key={entry.key}>
                <span className="saved-list__name">{props.kinds[entry.kind]?.origin ?? t.from.unknown}</span>
                <span className="saved-list__meta">{t.reasons[entry.reason]}</span>
                <span className="saved-list__meta">
                  <time dateTime={entry.found}>
                    {format(t.found, { date: changedAt(locale, new Date(entry.found)) })}
                  </time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
