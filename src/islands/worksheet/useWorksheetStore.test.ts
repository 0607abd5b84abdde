/**
 * The worksheet hook as a component uses it: nothing before the browser has read (the server's
 * render), then the saved worksheets; a render after every change, its own or another tab's; one
 * store for the component's life; no listener left behind when it goes.
 */
import { describe, expect, it } from 'vitest';
import { renderHook } from '../../../tests/support/hooks.ts';
import { browserTabs, memoryStorage } from '../../../tests/support/storage.ts';
import { recordKey } from '../../lib/storage.ts';
import { useWorksheetStore } from './useWorksheetStore.ts';

const saved = (id: string, contact: string) =>
  JSON.stringify({
    kind: 'worksheet',
    id,
    version: 1,
    changed: '2026-11-22T10:00:00.000Z',
    data: { created: '2026-11-22T10:00:00.000Z', step: 1, contact, message: {} },
  });

describe('useWorksheetStore', () => {
  it('renders what is saved, and again after each change', () => {
    const storage = memoryStorage({ [recordKey('worksheet', 'w')]: saved('w', 'Kwame') });
    const hook = renderHook(() => useWorksheetStore({ storage, session: memoryStorage(), events: () => () => {} }));
    expect(hook.current.state?.active.contact).toBe('Kwame');
    expect(hook.current.state?.step).toBe(1);
    const renders = hook.renders;
    hook.current.store.change({ contact: 'Kwame Owusu' });
    expect(hook.renders).toBeGreaterThan(renders);
    expect(hook.current.state?.active.contact).toBe('Kwame Owusu');
    expect(JSON.parse(storage.getItem(recordKey('worksheet', 'w'))!).data.contact).toBe('Kwame Owusu');
  });

  it('keeps one store for the component’s life, whatever the options of later renders', () => {
    let storage = memoryStorage();
    const hook = renderHook(() => useWorksheetStore({ storage, session: memoryStorage(), events: () => () => {} }));
    const first = hook.current.store;
    storage = memoryStorage({ [recordKey('worksheet', 'x')]: saved('x', 'Other') });
    hook.current.store.change({ contact: 'typed' });
    expect(hook.current.store).toBe(first);
    expect(hook.current.state?.active.contact).toBe('typed');
  });

  it('renders another tab’s change, and stops listening once unmounted', () => {
    const browser = browserTabs({ [recordKey('worksheet', 'w')]: saved('w', 'Base') });
    const here = browser.tab();
    const there = browser.tab();
    const hook = renderHook(() => useWorksheetStore({ ...here, now: Date.now }));
    const other = renderHook(() => useWorksheetStore({ ...there, now: Date.now }));
    other.current.store.change({ how: 'typed in the other tab' });
    browser.deliver();
    expect(hook.current.state?.active.how).toBe('typed in the other tab');
    hook.unmount();
    const renders = hook.renders;
    other.current.store.change({ how: 'again' });
    browser.deliver();
    expect(hook.renders).toBe(renders);
  });
});
