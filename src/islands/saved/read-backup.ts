/**
 * Reading a backup file (its format is in backup.ts and docs/saved-work.md): checked through and
 * through before anything changes. Loaded only when the reader chooses a file.
 */
import { covers, deepEqual, type Item, type Kind } from '../../lib/collection.ts';
import { isRecord, isoTime, parseEnvelope } from '../../lib/storage.ts';
import {
  backupFormat,
  backupVersion,
  type BackupAside,
  type Change,
  type Preview,
  type RefusedBecause,
  type SavedContext,
} from './backup.ts';

export interface ReadBackup {
  exported: string;
  records: Array<{ kind: string; item: Item<unknown> }>;
  aside: BackupAside[];
}

/** A file's text as a backup, checked through and through; or why not. */
export function readBackup(
  text: string,
  kinds: ReadonlyArray<Kind<unknown>>,
): { backup: ReadBackup } | { refused: RefusedBecause } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { refused: text.includes(`"${backupFormat}"`) ? 'damaged' : 'unrelated' };
  }
  if (!isRecord(raw) || raw.format !== backupFormat) return { refused: 'unrelated' };
  if (!Number.isInteger(raw.version) || (raw.version as number) < 1) return { refused: 'damaged' };
  if ((raw.version as number) > backupVersion) return { refused: 'newer' };
  const exported = isoTime(raw.exported);
  if (!exported || !Array.isArray(raw.records) || !(raw.aside === undefined || Array.isArray(raw.aside)))
    return { refused: 'damaged' };
  const records: ReadBackup['records'] = [];
  const seen = new Set<string>();
  for (const entry of raw.records) {
    const envelope = parseEnvelope(entry);
    if (!envelope || envelope.deleted) return { refused: 'damaged' };
    const kind = kinds.find((known) => known.kind === envelope.kind);
    if (!kind) return { refused: 'damaged' };
    if (envelope.version > kind.version) return { refused: 'newer' };
    const data = kind.read(envelope.data, envelope.version, envelope.id);
    if (data === undefined || (envelope.version === kind.version && !covers(envelope.data, data)))
      return { refused: 'damaged' };
    const key = `${envelope.kind}\n${envelope.id}`;
    if (seen.has(key)) return { refused: 'damaged' };
    seen.add(key);
    records.push({ kind: kind.kind, item: { id: envelope.id, changed: envelope.changed, data } });
  }
  const aside: BackupAside[] = [];
  for (const entry of (raw.aside as unknown[] | undefined) ?? []) {
    if (!isRecord(entry) || typeof entry.key !== 'string' || typeof entry.text !== 'string')
      return { refused: 'damaged' };
    const found = isoTime(entry.found);
    const reason = entry.reason === 'partial' || entry.reason === 'newer' ? entry.reason : 'damaged';
    if (!found) return { refused: 'damaged' };
    aside.push({
      key: entry.key,
      kind: typeof entry.kind === 'string' ? entry.kind : '',
      found,
      reason,
      text: entry.text,
    });
  }
  return { backup: { exported, records, aside } };
}

export function changeOf(theirs: Item<unknown>, ours: Item<unknown> | undefined): Change {
  if (!ours) return 'added';
  if (theirs.changed > ours.changed) return 'updated';
  if (theirs.changed < ours.changed) return 'kept';
  return deepEqual(theirs.data, ours.data) ? 'same' : 'kept';
}

/** A file's text as a preview of what taking it in would change here; or why it is refused. */
export function previewOf(context: SavedContext, text: string): { preview: Preview } | { refused: RefusedBecause } {
  const read = readBackup(text, context.kinds);
  if ('refused' in read) return read;
  const state = context.current();
  const records = read.backup.records.map(({ kind, item }) => ({
    kind,
    item,
    change: changeOf(item, context.collections[context.kinds.findIndex((known) => known.kind === kind)]?.get(item.id)),
  }));
  const aside = read.backup.aside.filter(
    (entry) => !state.aside.some((held) => held.from === entry.key && held.text === entry.text),
  );
  return { preview: { records, aside } };
}
