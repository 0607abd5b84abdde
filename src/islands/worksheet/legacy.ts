/** The worksheets of `connector:worksheet`, from before records (record.ts loads this when it finds the key). */
import { readOldList } from '../../lib/legacy.ts';
import { isoTime } from '../../lib/storage.ts';
import { dataOf, parseSheet, type WorksheetData } from './record.ts';

export const readOldWorksheets = (_key: string, raw: unknown, now: number) =>
  readOldList<WorksheetData>(raw, 'sheets', (item) => {
    const { id: _id, changed, ...rest } = item;
    const data = dataOf(parseSheet({ ...item, id: 'old' })!);
    const time = isoTime(changed);
    // A time that does not read is lost in reading: the original is kept aside with it.
    return { changed: time ?? new Date(now).toISOString(), data, rest: time === changed ? rest : item };
  });
