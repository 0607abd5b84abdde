/** Files a page offers for download, as the browser tests read them. */
import type { Page } from 'playwright-core';

/**
 * What `press` downloads: the file's suggested name and its text. Read through a stream, which
 * works for the run's shared browser too (`download.path()` does not, over a connection).
 */
export async function downloaded(page: Page, press: () => Promise<unknown>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), press()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}
