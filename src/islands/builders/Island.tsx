/**
 * A builder's island: the shared flow (Builder.tsx) with one locale's data and writer. The data
 * (the checks' phrase lists, a label, the register a name implies) comes from the page as a prop,
 * so it costs no JavaScript. The island itself carries only the builder's questions; two parts
 * load on demand, each once and side by side, when the reader heads for "Write" (Builder.tsx): the
 * writer, the code that words the message, a chunk per locale; and the rest of the builder (its
 * checks, the draft's view and the ways to send it). The view loads alone for a draft that has a
 * text when the page opens.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { StorageLike } from '../../lib/storage.ts';
import type { AsideStrings } from '../shared/AsideNotice.tsx';
import { Builder, type DraftPart } from './Builder.tsx';
import type { BuilderQuestions, BuilderSpec, BuilderStrings, Inputs } from './types.ts';

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
}

interface Options<Data> {
  /** The whole builder (questions, writing, checks): its `<builder>.ts`. */
  spec: () => Promise<BuilderSpec<Data>>;
  /** Answers asked for by the link that opened the page (e.g. the quiz's decision). */
  preset?: () => Inputs | undefined;
}

/** `load()`, called once; a failed load (the connection dropped) is tried again at the next call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    if (!promise) {
      promise = load();
      promise.catch(() => (promise = undefined));
    }
    return promise;
  };
}

/** The island of `questions`, which loads the writer of its page's locale with `load[locale]`. */
export function islandFor<Data>(
  questions: BuilderQuestions<Data>,
  load: Record<Locale, () => Promise<Partial<Data>>>,
  { spec, preset }: Options<Data>,
) {
  const writers: Partial<Record<Locale, () => Promise<Partial<Data>>>> = {};
  const draftPart = once(() =>
    Promise.all([spec(), import('./Draft.tsx')]).then(([whole, view]): DraftPart<Data> => ({
      spec: whole,
      View: view.default as DraftPart<Data>['View'],
    })),
  );
  return function BuilderIsland({ checks, ...props }: IslandProps<Partial<Data>>) {
    // The checks read only this data; the writer joins it when the draft is written (Builder.tsx).
    return (
      <Builder
        spec={questions}
        data={checks as Data}
        writer={(writers[props.locale] ??= once(load[props.locale]))}
        draftPart={draftPart}
        {...(preset ? { preset } : {})}
        {...props}
      />
    );
  };
}
