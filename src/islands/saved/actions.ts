/**
 * What the "your saved work" page changes or writes (the store of backup.ts loads this module
 * when the reader first asks): the backup file, taking in a previewed backup, deleting everything
 * and putting it back. The rules are backup.ts's: merging never puts older work over newer and
 * deletes nothing; deleting everything leaves tombstones, and undo writes back what it took.
 */
import { downloadFile } from '../../lib/browser.ts';
import { asideKey, remove, writeAside, type Aside } from '../../lib/storage.ts';
import {
  backupFormat,
  backupVersion,
  type Backup,
  type BackupRecord,
  type Cleared,
  type Preview,
  type SavedContext,
} from './backup.ts';

const collectionOf = (context: SavedContext, kind: string) =>
  context.collections[context.kinds.findIndex((known) => known.kind === kind)];

/** The backup of everything here, as the text of the file. */
export function backup(context: SavedContext): string {
  const state = context.current();
  const records: BackupRecord[] = state.kinds.flatMap(({ kind, snapshot }) =>
    snapshot.items.map((item) => ({
      kind,
      id: item.id,
      version: context.kinds.find((known) => known.kind === kind)!.version,
      changed: item.changed,
      data: item.data,
    })),
  );
  const aside = state.aside.map(({ from, kind, found, reason, text }) => ({ key: from, kind, found, reason, text }));
  const file: Backup = {
    format: backupFormat,
    version: backupVersion,
    exported: new Date(context.now()).toISOString(),
    records,
    aside,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function download(context: SavedContext, filename: string): void {
  downloadFile(filename, backup(context), 'application/json');
}

/** Takes in what a preview said would be added or updated: how many were written, how many not. */
export function merge(context: SavedContext, preview: Preview): { written: number; failed: number } {
  let written = 0;
  let wanted = 0;
  context.collections.forEach((collection, index) => {
    const items = preview.records
      .filter(
        (record) =>
          record.kind === context.kinds[index]!.kind && (record.change === 'added' || record.change === 'updated'),
      )
      .map((record) => record.item);
    wanted += items.length;
    written += collection.restore(items).length;
  });
  for (const entry of preview.aside) {
    wanted++;
    const aside: Aside = { ...entry, from: entry.key, key: asideKey(context.storage, context.now()) };
    if (writeAside(context.storage, aside) === 'ok') written++;
  }
  context.emit();
  const problem = context.current().problem;
  return { written, failed: problem ? wanted - written : 0 };
}

export function removeAll(context: SavedContext): Cleared {
  const state = context.current();
  const records = state.kinds.map(({ kind, snapshot }) => ({
    kind,
    items: snapshot.items.filter((item) => collectionOf(context, kind)!.remove(item.id)),
  }));
  const aside = state.aside.filter((entry) => remove(context.storage, entry.key) === 'ok');
  context.emit();
  return { records, aside };
}

export function restore(context: SavedContext, cleared: Cleared): void {
  for (const { kind, items } of cleared.records) collectionOf(context, kind)?.restore(items);
  for (const entry of cleared.aside) writeAside(context.storage, entry);
  context.emit();
}
