/**
 * Saved drafts, several per builder, in localStorage under `connector:builders:<builder>`:
 *
 *   { "current": "2",
 *     "drafts": [ { "id": "1", "inputs": { "theirName": "Margaret", ... },
 *                   "text": { "subject": "...", "body": "..." },   // null until written
 *                   "edited": true,                               // the reader changed the text
 *                   "updated": 1795000000000 }, ... ] }
 *
 * Life cycle: a visit starts from what is saved, or from one blank draft that is saved only once
 * the reader types. Every answer and every edit is saved as typed. "New draft" adds one (up to
 * `maxDrafts`), "Delete" removes the current one, "Clear all" removes the key. Saved data that does
 * not parse is reported as corrupt by `createStore` and left in place until the next save.
 *
 * The functions below are pure: they take a state and return a new one; the clock comes in as `now`.
 */
import { createStore, isRecord, type StorageLike, type Store } from '../../lib/storage.ts';
import type { BuilderId, Inputs, Message } from './types.ts';

export interface Draft {
  id: string;
  inputs: Inputs;
  text: Message | null;
  edited: boolean;
  updated: number;
}

export interface Drafts {
  current: string;
  drafts: Draft[];
}

export const maxDrafts = 20;

function blank(id: string, inputs: Inputs, now: number): Draft {
  return { id, inputs: { ...inputs }, text: null, edited: false, updated: now };
}

export function freshDrafts(now: number, inputs: Inputs = {}): Drafts {
  return { current: '1', drafts: [blank('1', inputs, now)] };
}

export function currentDraft(state: Drafts): Draft {
  return state.drafts.find((d) => d.id === state.current) ?? state.drafts[0]!;
}

/** True when the reader has typed nothing into the draft beyond the given defaults. */
export function isBlank(draft: Draft, defaults: Inputs = {}): boolean {
  return !draft.text && Object.entries(draft.inputs).every(([k, v]) => !v.trim() || v === defaults[k]);
}

/** Adds a draft and makes it current; `undefined` when there are already `maxDrafts`. */
export function addDraft(state: Drafts, now: number, inputs: Inputs = {}): Drafts | undefined {
  if (state.drafts.length >= maxDrafts) return undefined;
  const id = String(Math.max(0, ...state.drafts.map((d) => Number(d.id) || 0)) + 1);
  return { current: id, drafts: [...state.drafts, blank(id, inputs, now)] };
}

export function updateDraft(state: Drafts, patch: Partial<Omit<Draft, 'id' | 'updated'>>, now: number): Drafts {
  const id = currentDraft(state).id;
  return { ...state, drafts: state.drafts.map((d) => (d.id === id ? { ...d, ...patch, updated: now } : d)) };
}

export function selectDraft(state: Drafts, id: string): Drafts {
  return state.drafts.some((d) => d.id === id) ? { ...state, current: id } : state;
}

/** Removes the current draft; the most recently changed other one becomes current (or a blank one). */
export function removeDraft(state: Drafts, now: number, defaults: Inputs = {}): Drafts {
  const id = currentDraft(state).id;
  const rest = state.drafts.filter((d) => d.id !== id);
  if (!rest.length) return freshDrafts(now, defaults);
  const latest = rest.reduce((a, b) => (b.updated > a.updated ? b : a));
  return { current: latest.id, drafts: rest };
}

const isString = (v: unknown): v is string => typeof v === 'string';

function parseDraft(raw: unknown): Draft | undefined {
  if (!isRecord(raw) || !isString(raw.id) || !isRecord(raw.inputs)) return undefined;
  const inputs = Object.fromEntries(Object.entries(raw.inputs).filter((e): e is [string, string] => isString(e[1])));
  const text =
    isRecord(raw.text) && isString(raw.text.subject) && isString(raw.text.body)
      ? { subject: raw.text.subject, body: raw.text.body }
      : null;
  const updated = typeof raw.updated === 'number' && Number.isFinite(raw.updated) ? raw.updated : 0;
  return { id: raw.id, inputs, text, edited: raw.edited === true && text !== null, updated };
}

/** The saved shape, checked; a draft that does not parse is dropped, the others are kept. */
export function parseDrafts(raw: unknown): Drafts | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.drafts)) return undefined;
  const drafts = raw.drafts
    .map(parseDraft)
    .filter((d): d is Draft => d !== undefined)
    .slice(0, maxDrafts);
  const ids = new Set(drafts.map((d) => d.id));
  if (!drafts.length || ids.size !== drafts.length) return undefined;
  const current = isString(raw.current) && ids.has(raw.current) ? raw.current : drafts[0]!.id;
  return { current, drafts };
}

/** The store of one builder's drafts; `storage` defaults to the page's localStorage. */
export function draftStore(builder: BuilderId, storage?: StorageLike): Store<Drafts> {
  return createStore(`connector:builders:${builder}`, parseDrafts, storage);
}
