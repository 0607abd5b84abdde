/**
 * Saved work in localStorage: the stored format, and reading and writing it without ever throwing.
 * The browser's copy is the reader's only copy, so the rules below are about never losing it.
 *
 * ## The shape
 *
 * Every quiz progress, worksheet and draft is a **record** under a key of its own,
 * `connector:record:<kind>:<id>`:
 *
 * ```json
 * { "kind": "worksheet", "id": "m3x9k2-a81f", "version": 1,
 *   "changed": "2026-11-22T10:00:00.000Z", "data": { "contact": "Kwame", ... } }
 * ```
 *
 * - `kind`: the collection: `quiz` (progress, one record per quiz, `id` is the quiz id),
 *   `worksheet`, `draft-reconnect`, `draft-contact-request`, `draft-intro-reply`. Each kind's
 *   module documents its `data` (quiz/progress.ts, worksheet/record.ts, builders/drafts.ts).
 * - `version`: the version of that kind's `data` shape. Older versions are migrated when read; a
 *   newer one (from a newer site) is set aside, never overwritten.
 * - `changed`: when the record last changed, ISO 8601 in UTC with milliseconds.
 *
 * A deletion is kept as a **tombstone** under the same key, with no content, so that another tab
 * still showing the record cannot bring it back with its next save:
 * `{ "kind": "worksheet", "id": "m3x9k2-a81f", "changed": "…", "deleted": true }`.
 * Tombstones older than 90 days are removed when a collection loads.
 *
 * What cannot be read (not JSON, not this shape, a newer version, or a record read only in part)
 * is **set aside** before anything is written: its text, unchanged, goes to
 * `connector:aside:<id>` as `{ "key": "<where it was>", "kind": "worksheet", "found": "<ISO>",
 * "reason": "damaged" | "partial" | "newer", "text": "<the stored text>" }`, and only then is the
 * original key removed ("partial": the readable part stays a record, the whole original is kept
 * aside). The reader downloads or discards what is set aside; nothing else removes it.
 *
 * Before records, each kind had one key for everything (`connector:worksheet`,
 * `connector:builders:<builder>`, `connector:quiz:<quiz>`): see `Legacy` in collection.ts.
 *
 * ## The rules (collection.ts applies them)
 *
 * - A save writes only the record that changed, merged with what is stored under its key now:
 *   the fields this tab changed go over the stored record, the others stay as stored.
 * - A tombstone this tab has not seen wins over this tab's edits: the record is not written again,
 *   and the tab offers to undo the deletion instead.
 * - Which record is newer (a backup against this browser) is decided by `changed`.
 *
 * Which worksheet or draft a tab has open is the tab's own business: it lives in sessionStorage
 * (`connector:tab:<kind>`), so two tabs can have different ones open.
 *
 * The storage comes in as a parameter so unit tests can pass a fake; pages use `browserStorage()`.
 */

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The page's localStorage, or `undefined` when reading it throws (blocked by the browser). */
export function browserStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The tab's sessionStorage, or `undefined` when the browser blocks it. */
export function tabStorage(): StorageLike | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why something could not be kept: `unavailable` (no storage at all: blocked, or a private mode
 * without it), `blocked` (the browser refused the write), `full` (no room left).
 */
export type Problem = 'unavailable' | 'blocked' | 'full';

/** What a write did: `ok`, or why not. */
export type WriteResult = 'ok' | Exclude<Problem, 'unavailable'>;

/** A refused write named as the reader should hear it: full storage is not blocked storage. */
export function failureOf(error: unknown): Exclude<Problem, 'unavailable'> {
  const { name = '', code = 0 } = (error ?? {}) as { name?: string; code?: number };
  return /quota/i.test(name) || code === 22 || code === 1014 ? 'full' : 'blocked';
}

export function write(storage: StorageLike | undefined, key: string, text: string): WriteResult {
  if (!storage) return 'blocked';
  try {
    storage.setItem(key, text);
    return 'ok';
  } catch (error) {
    return failureOf(error);
  }
}

export function remove(storage: StorageLike | undefined, key: string): WriteResult {
  if (!storage) return 'blocked';
  try {
    storage.removeItem(key);
    return 'ok';
  } catch (error) {
    return failureOf(error);
  }
}

/** The text under `key`; `null` when there is none, `undefined` when storage cannot be read. */
export function readText(storage: StorageLike | undefined, key: string): string | null | undefined {
  if (!storage) return undefined;
  try {
    return storage.getItem(key);
  } catch {
    return undefined;
  }
}

/** Every key that starts with `prefix`, or `undefined` when storage cannot be read. */
export function keysWith(storage: StorageLike | undefined, prefix: string): string[] | undefined {
  if (!storage) return undefined;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
    return keys;
  } catch {
    return undefined;
  }
}

/** A plain object (not null, not an array), for `read` functions to check shapes with. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- Records ------------------------------------------------------------------------------------

export const recordPrefix = 'connector:record:';
export const asidePrefix = 'connector:aside:';

export function recordKey(kind: string, id: string): string {
  return `${recordPrefix}${kind}:${id}`;
}

/** A record as stored: content, or the tombstone of a deletion. */
export type Envelope =
  | { kind: string; id: string; version: number; changed: string; data: unknown; deleted?: undefined }
  | { kind: string; id: string; changed: string; deleted: true };

/** An ISO timestamp in the one form records use (so that they compare as text), or undefined. */
export function isoTime(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const time = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** The envelope of a record if `raw` is one (of this kind and id when given); else undefined. */
export function parseEnvelope(raw: unknown, kind?: string, id?: string): Envelope | undefined {
  if (!isRecord(raw) || typeof raw.kind !== 'string' || typeof raw.id !== 'string' || !raw.kind || !raw.id)
    return undefined;
  if ((kind !== undefined && raw.kind !== kind) || (id !== undefined && raw.id !== id)) return undefined;
  const changed = isoTime(raw.changed);
  if (!changed || typeof raw.changed !== 'string') return undefined;
  if (raw.deleted === true) return { kind: raw.kind, id: raw.id, changed, deleted: true };
  if (!Number.isInteger(raw.version) || (raw.version as number) < 1 || !('data' in raw)) return undefined;
  return { kind: raw.kind, id: raw.id, version: raw.version as number, changed, data: raw.data };
}

/** What is under a record's key. */
export type Stored =
  | { status: 'empty' }
  | { status: 'unavailable' }
  | { status: 'damaged'; text: string }
  | { status: 'ok'; text: string; envelope: Envelope };

export function readRecord(storage: StorageLike | undefined, kind: string, id: string): Stored {
  return readKey(storage, recordKey(kind, id), kind, id);
}

export function readKey(storage: StorageLike | undefined, key: string, kind?: string, id?: string): Stored {
  const text = readText(storage, key);
  if (text === undefined) return { status: 'unavailable' };
  if (text === null) return { status: 'empty' };
  try {
    const envelope = parseEnvelope(JSON.parse(text), kind, id);
    if (envelope && (id !== undefined || key === recordKey(envelope.kind, envelope.id)))
      return { status: 'ok', text, envelope };
  } catch {
    // Not JSON: damaged, like any other shape that is not a record.
  }
  return { status: 'damaged', text };
}

/** A later time than `after`, and no earlier than now: two changes of one record never tie. */
export function nextChange(now: number, after?: string): string {
  const floor = after ? Date.parse(after) + 1 : -Infinity;
  return new Date(Math.max(now, floor)).toISOString();
}

// ---- Set aside ----------------------------------------------------------------------------------

export type AsideReason = 'damaged' | 'partial' | 'newer';

export interface Aside {
  /** Where it is kept now: `connector:aside:<id>`. */
  key: string;
  /** Where it was found. */
  from: string;
  kind: string;
  found: string;
  reason: AsideReason;
  text: string;
}

function parseAside(key: string, text: string | null): Aside | undefined {
  if (text === null) return undefined;
  try {
    const raw: unknown = JSON.parse(text);
    if (!isRecord(raw) || typeof raw.key !== 'string' || typeof raw.text !== 'string') return undefined;
    const reason = raw.reason === 'partial' || raw.reason === 'newer' ? raw.reason : 'damaged';
    return {
      key,
      from: raw.key,
      kind: typeof raw.kind === 'string' ? raw.kind : '',
      found: isoTime(raw.found) ?? new Date(0).toISOString(),
      reason,
      text: raw.text,
    };
  } catch {
    return undefined;
  }
}

/**
 * Everything set aside (of one kind when given), oldest first. An aside entry that is itself not
 * readable is shown as found, with its own text, so that it can still be downloaded or discarded.
 */
export function listAside(storage: StorageLike | undefined, kind?: string): Aside[] {
  const found: Aside[] = [];
  for (const key of keysWith(storage, asidePrefix) ?? []) {
    const text = readText(storage, key);
    if (text === null || text === undefined) continue;
    const aside = parseAside(key, text) ?? {
      key,
      from: key,
      kind: '',
      found: new Date(0).toISOString(),
      reason: 'damaged' as const,
      text,
    };
    if (kind === undefined || aside.kind === kind) found.push(aside);
  }
  return found.sort((a, b) => a.found.localeCompare(b.found) || a.key.localeCompare(b.key));
}

/** Writes an aside entry (a new one, or one put back by undo). */
export function writeAside(storage: StorageLike | undefined, aside: Aside): WriteResult {
  const { from, kind, found, reason, text } = aside;
  return write(storage, aside.key, JSON.stringify({ key: from, kind, found, reason, text }));
}

/** A key for a new aside entry: the time and a few random characters, never one in use. */
export function asideKey(storage: StorageLike | undefined, now: number, random: () => number = Math.random): string {
  for (;;) {
    const key = `${asidePrefix}${now.toString(36)}-${Math.floor(random() * 36 ** 4).toString(36)}`;
    if (readText(storage, key) === null) return key;
  }
}

/**
 * Keeps `text` (found under `from`) aside, then, unless `keepOriginal`, removes it from `from` when
 * it still holds that text. Nothing is removed unless the copy was written.
 */
export function setAside(
  storage: StorageLike | undefined,
  entry: { from: string; kind: string; reason: AsideReason; text: string },
  now: number,
  keepOriginal = false,
): { result: WriteResult; aside?: Aside } {
  const aside: Aside = { key: asideKey(storage, now), found: new Date(now).toISOString(), ...entry };
  const result = writeAside(storage, aside);
  if (result !== 'ok') return { result };
  if (!keepOriginal && readText(storage, entry.from) === entry.text) remove(storage, entry.from);
  return { result, aside };
}
