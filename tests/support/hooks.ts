/**
 * A minimal React hook runner for unit tests, with no DOM: React's own renderers need a document,
 * and the project has no DOM library. It installs a dispatcher for the hooks the islands' hooks use
 * (useState, useRef, useMemo, useCallback, useEffect, useSyncExternalStore), runs the hook, and
 * runs it again whenever its state or an external store it reads changes, as React would.
 *
 * It follows React's rules only as far as these hooks need: state is kept by call order, effects
 * run after each render when their dependencies change, subscriptions are made once and removed on
 * unmount. Anything else throws, so a hook that starts to need more fails loudly here.
 */
import * as React from 'react';

type Internals = { H: unknown };
const internals = (React as unknown as { __CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE: Internals })
  .__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;

const changed = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  !a || !b || a.length !== b.length || a.some((value, i) => !Object.is(value, b[i]));

export interface Rendered<R> {
  /** What the hook returned on its latest render. */
  readonly current: R;
  /** How many times the hook has run. */
  readonly renders: number;
  unmount(): void;
}

export function renderHook<R>(hook: () => R): Rendered<R> {
  const slots: unknown[] = [];
  const cleanups: Array<(() => void) | undefined> = [];
  let index = 0;
  let current: R;
  let renders = 0;
  let pending: Array<() => void> = [];
  let rendering = false;
  let dirty = false;
  let unmounted = false;

  const rerender = () => {
    if (unmounted) return;
    if (rendering) {
      dirty = true;
      return;
    }
    render();
  };

  const dispatcher = {
    useState<S>(initial: S | (() => S)) {
      const i = index++;
      if (!(i in slots)) {
        const value = typeof initial === 'function' ? (initial as () => S)() : initial;
        const set = (next: S | ((old: S) => S)) => {
          const box = slots[i] as [S, unknown];
          const value = typeof next === 'function' ? (next as (old: S) => S)(box[0]) : next;
          if (Object.is(value, box[0])) return;
          box[0] = value;
          rerender();
        };
        slots[i] = [value, set];
      }
      const box = slots[i] as [S, unknown];
      return [box[0], box[1]];
    },
    useRef<T>(initial: T) {
      const i = index++;
      if (!(i in slots)) slots[i] = { current: initial };
      return slots[i];
    },
    useMemo<T>(make: () => T, deps?: readonly unknown[]) {
      const i = index++;
      const old = slots[i] as [T, readonly unknown[] | undefined] | undefined;
      if (!old || changed(old[1], deps)) slots[i] = [make(), deps];
      return (slots[i] as [T])[0];
    },
    useCallback<T>(fn: T, deps?: readonly unknown[]) {
      return dispatcher.useMemo(() => fn, deps);
    },
    useEffect(effect: () => void | (() => void), deps?: readonly unknown[]) {
      const i = index++;
      const old = slots[i] as readonly unknown[] | undefined | null;
      if (old === null || old === undefined || changed(old, deps)) {
        slots[i] = deps ?? [Symbol('always')];
        pending.push(() => {
          cleanups[i]?.();
          cleanups[i] = effect() ?? undefined;
        });
      }
    },
    useSyncExternalStore<T>(subscribe: (listener: () => void) => () => void, getSnapshot: () => T) {
      const i = index++;
      if (!(i in slots)) {
        slots[i] = true;
        cleanups[i] = subscribe(rerender);
      }
      return getSnapshot();
    },
  };
  const unsupported = new Proxy(dispatcher, {
    get(target, name) {
      if (name in target) return target[name as keyof typeof target];
      throw new Error(`renderHook does not support ${String(name)}`);
    },
  });

  function render() {
    let rounds = 0;
    do {
      dirty = false;
      rendering = true;
      index = 0;
      const previous = internals.H;
      internals.H = unsupported;
      try {
        current = hook();
        renders++;
      } finally {
        internals.H = previous;
        rendering = false;
      }
      const effects = pending;
      pending = [];
      for (const run of effects) run();
      if (++rounds > 50) throw new Error('renderHook: the hook renders without end');
    } while (dirty);
  }

  render();
  return {
    get current() {
      return current;
    },
    get renders() {
      return renders;
    },
    unmount() {
      unmounted = true;
      for (const cleanup of cleanups) cleanup?.();
    },
  };
}
