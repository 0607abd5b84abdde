/**
 * Saved drafts, several per builder: one record each (the format is in src/lib/storage.ts), kind
 * `draft-<builder>`, `data` version 1:
 *
 *   connector:record:draft-reconnect:m3x9k2-a81f ->
 *   { "kind": "draft-reconnect", "id": "m3x9k2-a81f", "version": 1, "changed": "2026-11-22T10:05:00.000Z",
 *     "data": { "created": "2026-11-22T10:00:00.000Z",
 *               "inputs": { "theirName": "Margaret", ... },   // the answers, always text
 *               "text": { "subject": "...", "body": "..." },  // null until written
 *               "edited": true } }                            // the reader changed the text
 *
 * The store of draftStore.ts keeps them in step with storage and other tabs for the builder.
 *
 * Life cycle: a visit opens the draft this tab had open, or the most recently changed one, or a
 * blank one that is written only once the reader types. Every answer and every edit is written as
 * typed. "New draft" adds one while there are fewer than `maxDrafts` (the page says how many there
 * are of how many): the limit is never applied to what is already saved. "Delete this draft" and
 * "Clear all drafts" leave tombstones, and can be undone. Which draft is open belongs to the tab
 * (sessionStorage, `connector:tab:draft-<builder>`).
 *
 * Before records (until 2026-12), a builder kept `{ "current": "2", "drafts": [ ... ] }` under
 * `connector:builders:<builder>`, each draft with an `updated` time in milliseconds; drafts-legacy.ts
 * moves every draft into a record (loaded only when the old key is there), each one kept.
 */
import type { Kind } from '../../lib/collection.ts';
import { isRecord, isoTime } from '../../lib/storage.ts';
import type { BuilderId, Inputs, Message } from './types.ts';

export interface DraftData {
  created: string;
  inputs: Inputs;
  text: Message | null;
  edited: boolean;
}

/** A draft as the builder shows it. */
export interface Draft extends DraftData {
  id: string;
  /** When it last changed, in milliseconds. */
  updated: number;
}

export const maxDrafts = 20;

export const draftKindName = (builder: BuilderId) => `draft-${builder}`;
export const legacyKey = (builder: BuilderId) => `connector:builders:${builder}`;

const isString = (v: unknown): v is string => typeof v === 'string';

/** One draft's data, every part that fits kept; undefined when it is not a draft at all. */
export function parseDraftData(raw: unknown): DraftData | undefined {
  if (!isRecord(raw) || !isRecord(raw.inputs)) return undefined;
  const inputs = Object.fromEntries(Object.entries(raw.inputs).filter((e): e is [string, string] => isString(e[1])));
  const text =
    isRecord(raw.text) && isString(raw.text.subject) && isString(raw.text.body)
      ? { subject: raw.text.subject, body: raw.text.body }
      : null;
  return {
    created: isoTime(raw.created) ?? new Date(0).toISOString(),
    inputs,
    text,
    edited: raw.edited === true && text !== null,
  };
}

export function draftKind(builder: BuilderId): Kind<DraftData> {
  return {
    kind: draftKindName(builder),
    version: 1,
    read: (data, version) => (version === 1 ? parseDraftData(data) : undefined),
    legacy: {
      matches: (key) => key === legacyKey(builder),
      load: () => import('./drafts-legacy.ts').then((module) => module.readOldDrafts),
    },
  };
}
