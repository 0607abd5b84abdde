import { describe, expect, it } from 'vitest';
import {
  addDraft,
  currentDraft,
  draftStore,
  freshDrafts,
  isBlank,
  maxDrafts,
  parseDrafts,
  removeDraft,
  selectDraft,
  updateDraft,
} from './drafts.ts';
import { memoryStorage } from '../../../tests/support/storage.ts';

describe('drafts', () => {
  it('start with one blank draft that carries the defaults', () => {
    const state = freshDrafts(1000, { tone: 'warm' });
    expect(state.drafts).toHaveLength(1);
    expect(currentDraft(state)).toEqual({
      id: '1',
      inputs: { tone: 'warm' },
      text: null,
      edited: false,
      updated: 1000,
    });
    expect(isBlank(currentDraft(state), { tone: 'warm' })).toBe(true);
  });

  it('keep several drafts, each with its own answers and text, and switch between them', () => {
    let state = updateDraft(freshDrafts(1), { inputs: { theirName: 'Raj' } }, 2);
    state = addDraft(state, 3, { tone: 'formal' })!;
    expect(state.current).toBe('2');
    state = updateDraft(
      state,
      { inputs: { tone: 'formal', theirName: 'Margaret' }, text: { subject: 'S', body: 'B' } },
      4,
    );
    expect(state.drafts.map((d) => d.inputs.theirName)).toEqual(['Raj', 'Margaret']);
    state = selectDraft(state, '1');
    expect(currentDraft(state).inputs.theirName).toBe('Raj');
    expect(currentDraft(state).updated).toBe(2);
    expect(selectDraft(state, 'nope')).toBe(state);
  });

  it('stop adding at the limit', () => {
    let state = freshDrafts(0);
    for (let i = 1; i < maxDrafts; i++) state = addDraft(state, i)!;
    expect(state.drafts).toHaveLength(maxDrafts);
    expect(addDraft(state, 99)).toBeUndefined();
  });

  it('delete the current draft and continue with the most recent other one, or a blank one', () => {
    let state = addDraft(addDraft(freshDrafts(10), 30)!, 20)!;
    state = removeDraft(state, 40);
    expect(state.drafts.map((d) => d.id)).toEqual(['1', '2']);
    expect(state.current).toBe('2');
    state = removeDraft(removeDraft(state, 50), 60, { tone: 'warm' });
    expect(state).toEqual(freshDrafts(60, { tone: 'warm' }));
  });

  it('parse what was saved, dropping what does not fit', () => {
    const saved = {
      current: '7',
      drafts: [
        {
          id: '7',
          inputs: { theirName: '<b>Raj</b>', bad: 3 },
          text: { subject: 'S', body: 'B' },
          edited: true,
          updated: 5,
        },
        { id: '8', inputs: 'nope' },
        { id: '9', inputs: {}, text: { body: 'no subject' }, edited: true },
      ],
    };
    expect(parseDrafts(saved)).toEqual({
      current: '7',
      drafts: [
        { id: '7', inputs: { theirName: '<b>Raj</b>' }, text: { subject: 'S', body: 'B' }, edited: true, updated: 5 },
        { id: '9', inputs: {}, text: null, edited: false, updated: 0 },
      ],
    });
    expect(parseDrafts({ current: 'x', drafts: [{ id: '1', inputs: {} }] })?.current).toBe('1');
    expect(parseDrafts({ drafts: [] })).toBeUndefined();
    expect(
      parseDrafts({
        drafts: [
          { id: '1', inputs: {} },
          { id: '1', inputs: {} },
        ],
      }),
    ).toBeUndefined();
    expect(parseDrafts([1, 2])).toBeUndefined();
  });

  it('save under one key per builder and read back the same, markup and emoji included', () => {
    const storage = memoryStorage();
    const store = draftStore('reconnect', storage);
    const state = updateDraft(freshDrafts(1), { inputs: { news: '<script>alert(1)</script> 👩🏽‍💻 שלום' } }, 2);
    expect(store.save(state)).toBe(true);
    expect([...storage.data.keys()]).toEqual(['connector:builders:reconnect']);
    expect(store.load()).toEqual({ status: 'ok', value: state });
    expect(draftStore('intro-reply', storage).load()).toEqual({ status: 'empty' });
    storage.data.set('connector:builders:reconnect', '{not json');
    expect(store.load()).toEqual({ status: 'corrupt' });
    expect(store.clear()).toBe(true);
    expect(store.load()).toEqual({ status: 'empty' });
  });
});
