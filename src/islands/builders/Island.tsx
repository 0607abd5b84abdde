/**
 * A builder's island: the shared flow (Builder.tsx) with one locale's data and writer. The data
 * (the checks' phrase lists, a label, the register a name implies) comes from the page as a prop,
 * so it costs no JavaScript. The writer, the code that words the message, is a chunk per locale,
 * loaded when the reader starts answering: a page carries one language's wording and grammar, and
 * nothing of it before the reader needs it.
 */
import { useCallback, type ReactNode } from 'react';
import type { Locale } from '../../i18n/locales.ts';
import type { StorageLike } from '../../lib/storage.ts';
import type { AsideStrings } from '../shared/AsideNotice.tsx';
import { Builder } from './Builder.tsx';
import type { BuilderSpec, BuilderStrings, Inputs } from './types.ts';

/** What a page passes to a builder island (see `islandProps` in page.ts). */
export interface IslandProps<Checks> {
  locale: Locale;
  strings: BuilderStrings;
  /** This locale's data: the checks' phrase lists and limits, labels, the register hint. */
  checks: Checks;
  /** The notice for saved drafts that could not be read. */
  notice: AsideStrings;
  storage?: StorageLike;
  now?: () => number;
  /** The page's static fallback, shown until the island has run. */
  children?: ReactNode;
}

interface Options {
  /** Answers asked for by the link that opened the page (e.g. the quiz's decision). */
  preset?: () => Inputs | undefined;
}

/** The island of `spec`, which loads the writer of its page's locale with `load[locale]`, once. */
export function islandFor<Data>(
  spec: BuilderSpec<Data>,
  load: Record<Locale, () => Promise<Partial<Data>>>,
  options: Options = {},
) {
  const loaded = new Map<Locale, Promise<Partial<Data>>>();
  const writerOf = (locale: Locale) => {
    let promise = loaded.get(locale);
    if (!promise) {
      promise = load[locale]();
      // A failed load (the connection dropped) is tried again at the next answer.
      promise.catch(() => loaded.delete(locale));
      loaded.set(locale, promise);
    }
    return promise;
  };
  return function BuilderIsland({ checks, ...props }: IslandProps<Partial<Data>>) {
    const writer = useCallback(() => writerOf(props.locale), [props.locale]);
    // The checks read only this data; the writer joins it when the draft is written (Builder.tsx).
    return <Builder spec={spec} data={checks as Data} writer={writer} {...options} {...props} />;
  };
}
