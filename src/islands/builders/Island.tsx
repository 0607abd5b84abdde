/**
 * A builder island: it loads its locale's writer, a chunk of its own, so a page carries one
 * language's wording and grammar, then runs the shared flow (Builder.tsx). Until the writer has
 * arrived, and if it cannot arrive, the page's static fallback (`children`) stays in place.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { Locale } from '../../i18n/locales.ts';
import type { StorageLike } from '../../lib/storage.ts';
import { Builder } from './Builder.tsx';
import type { BuilderSpec, BuilderStrings, Inputs } from './types.ts';

/** What a page passes to a builder island (see `islandProps` in page.ts). */
export interface IslandProps {
  locale: Locale;
  strings: BuilderStrings;
  storage?: StorageLike;
  now?: () => number;
  children?: ReactNode;
}

interface Props<Data> extends IslandProps {
  spec: BuilderSpec<Data>;
  load: Record<Locale, () => Promise<Data>>;
  /** Answers asked for by the link that opened the page (e.g. the quiz's decision). */
  preset?: () => Inputs | undefined;
}

export function BuilderIsland<Data>({ spec, load, preset, ...props }: Props<Data>) {
  const [data, setData] = useState<Data | null>(null);
  useEffect(() => {
    let live = true;
    load[props.locale]().then(
      (writer) => live && setData(() => writer),
      // Without its writer the builder cannot write; the lesson's examples stay on the page.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load, props.locale]);
  if (data === null) return <>{props.children}</>;
  return <Builder spec={spec} data={data} {...(preset ? { preset } : {})} {...props} />;
}
