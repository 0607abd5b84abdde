/** The drafts of `connector:builders:<builder>`, from before records (drafts.ts loads this when it finds the key). */
import { readOldList } from '../../lib/legacy.ts';
import { isoTime } from '../../lib/storage.ts';
import { parseDraftData, type DraftData } from './drafts.ts';

export const readOldDrafts = (_key: string, raw: unknown, now: number) =>
  readOldList<DraftData>(raw, 'drafts', (item, index, count) => {
    const { id: _id, updated: _updated, ...rest } = item;
    const updated = isoTime(item.updated);
    // The old drafts had no creation time: their order in the list stands in for it.
    const created = updated ?? new Date(now - count + index).toISOString();
    const data = parseDraftData({ ...item, created });
    // `edited` without a text to go with it is dropped in reading: the original is kept aside.
    return data && { changed: updated ?? new Date(now).toISOString(), data, rest: { ...rest, created } };
  });
