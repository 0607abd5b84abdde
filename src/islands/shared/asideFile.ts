/**
 * The file of data set aside, offered for download by the notice (AsideNoticeBody.tsx), which
 * loads this module when the reader asks for it: each entry's text exactly as it was found.
 */
import { downloadFile } from '../../lib/browser.ts';
import type { Aside } from '../../lib/storage.ts';

export function asideFile(asides: readonly Aside[]): string {
  return JSON.stringify(
    {
      format: 'connector-set-aside',
      note: 'Saved data this browser could not read, exactly as it was found.',
      entries: asides.map(({ from, kind, found, reason, text }) => ({ key: from, kind, found, reason, text })),
    },
    null,
    2,
  );
}

/** Offers `asides` as `<name>.json`. */
export function downloadAside(asides: readonly Aside[], name: string): void {
  downloadFile(`${name}.json`, asideFile(asides), 'application/json');
}
