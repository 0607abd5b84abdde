/**
 * The list of the reader's worksheets, inside the worksheet's "Your worksheets" disclosure: open,
 * duplicate, delete (with undo), start a new one, and delete them all (asked first, with undo).
 * Renders only: the changes are list.ts's, and undo the store's. Worksheet.tsx loads it when the
 * disclosure is first opened.
 */
import { changedAt } from '../../lib/days.ts';
import { useState } from 'react';
import { format, plural } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { ConfirmClear } from '../shared/ConfirmClear.tsx';
import { Undone, type Done } from '../shared/Undo.tsx';
import { sheetName, type Worksheet, type WorksheetStrings } from './worksheet.ts';
import { addSheet, duplicateSheet, openSheet, removeAllSheets, removeSheet } from './list.ts';
import type { WorksheetState, WorksheetStore } from './store.ts';

interface Props {
  locale: Locale;
  t: WorksheetStrings;
  state: WorksheetState;
  store: WorksheetStore;
  /** Moves focus once the next render has the element. */
  focusLater: (id: string) => void;
  /** Called when the open worksheet changes, so the page can drop errors of the one before. */
  onOpen: () => void;
}

export default function WorksheetList({ locale, t, state, store, focusLater, onOpen }: Props) {
  const [done, setDone] = useState<Done | null>(null);
  const nameOf = (item: Worksheet) => sheetName(item, t, locale);
  const when = (stamp: string) => changedAt(locale, new Date(stamp));

  const open = (id: string) => {
    openSheet(store, id);
    onOpen();
    setDone(null);
    focusLater('ws-step-title');
  };
  const add = () => {
    addSheet(store);
    onOpen();
    setDone({ text: t.list.added });
    focusLater('ws-contact');
  };
  const duplicate = (item: Worksheet) => {
    duplicateSheet(store, item.id);
    setDone({ text: format(t.list.duplicated, { name: nameOf(item) }) });
  };
  const remove = (item: Worksheet) => {
    const removed = removeSheet(store, item.id);
    if (!removed) return;
    if (removed.open) onOpen();
    const name = nameOf(item);
    setDone({
      text: format(t.list.deleted, { name }),
      undo: () => {
        store.restore(removed);
        setDone({ text: format(t.list.restored, { name }) });
        focusLater(removed.open ? 'ws-list-title' : `ws-open-${item.id}`);
      },
    });
  };
  const clearAll = () => {
    const removed = removeAllSheets(store);
    onOpen();
    setDone({
      text: t.list.cleared,
      undo: () => {
        store.restore(removed);
        setDone({ text: t.list.restoredAll });
        focusLater('ws-list-title');
      },
    });
  };

  return (
    <>
      <ul className="ws-list__items">
        {state.sheets.map((item) => {
          const name = nameOf(item);
          // The buttons repeat the worksheet's name for screen readers: "Delete: Kwame".
          const named = (action: string) => ({ 'aria-label': `${action}: ${name}` });
          return (
            <li key={item.id} className="ws-list__item">
              <span className="ws-list__name" dir="auto">
                {name}
              </span>
              <span className="ws-list__meta">{format(t.list.changed, { date: when(item.changed) })}</span>
              <span className="ws-list__actions">
                {item.id === state.active.id ? (
                  <span className="ws-list__current">{t.list.current}</span>
                ) : (
                  <button
                    type="button"
                    className="button"
                    id={`ws-open-${item.id}`}
                    onClick={() => open(item.id)}
                    {...named(t.list.open)}
                  >
                    {t.list.open}
                  </button>
                )}
                <button type="button" className="button" onClick={() => duplicate(item)} {...named(t.list.duplicate)}>
                  {t.list.duplicate}
                </button>
                <button type="button" className="button" onClick={() => remove(item)} {...named(t.list.delete)}>
                  {t.list.delete}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <div className="ws-buttons">
        <button type="button" className="button" onClick={add}>
          {t.list.untitled}
        </button>
        <ConfirmClear
          label={t.list.clear}
          question={() => plural(locale, t.list.confirm, state.sheets.length)}
          yes={t.list.confirmYes}
          no={t.list.cancel}
          onConfirm={clearAll}
        />
      </div>
      <Undone done={done} undoLabel={t.actions.undo} className="ws-flash" />
    </>
  );
}
