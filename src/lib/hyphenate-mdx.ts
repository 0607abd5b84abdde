/**
 * The MDX step of build-time hyphenation: a hast plugin for Astro's Markdown processor (Sätteri,
 * set up in astro.config.mjs) that hyphenates every text node of a lesson or page in the
 * language of its folder (`content/<collection>/<locale>/…`), with the rules of hyphenate.ts.
 *
 * Left as written: <code>, <pre>, <kbd>, <samp>, <var>, <script>, <style> and anything inside an
 * element with `translate="no"` (the way to keep a name whole in MDX). Heading ids are made from
 * the text by Astro after this step; its slugger drops soft hyphens, so anchors do not change.
 */
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { fileURLToPath } from 'node:url';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { hyphenate } from './hyphenate.ts';

const untouched = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'textarea', 'svg', 'math']);

/** The locale of a content file from its path, e.g. `content/lessons/fi/x.mdx` -> `fi`. */
export function contentLocale(path: string): Locale | undefined {
  const match = /[\\/]content[\\/][^\\/]+[\\/]([a-z]{2})[\\/]/.exec(path);
  return match && isLocale(match[1]) ? match[1] : undefined;
}

interface Node {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: readonly Node[];
}

export const hyphenateMdx: HastPluginEntry = (factory: PluginFactoryContext) => {
  const locale = factory.fileURL && contentLocale(fileURLToPath(factory.fileURL));
  if (!locale) return null;
  return {
    name: 'connector:hyphenate',
    text(node, ctx) {
      for (let parent = ctx.parent(node) as Node | undefined; parent; parent = ctx.parent(parent as never) as Node) {
        if (parent.type === 'root') break;
        if (parent.tagName && untouched.has(parent.tagName)) return;
        if (parent.properties?.translate === 'no' || parent.properties?.translate === false) return;
      }
      // The first text of an element starts a sentence; after inline markup only when the text
      // before it ended one.
      const index = ctx.indexOf(node) ?? 0;
      const previous = index > 0 ? (ctx.parent(node) as Node).children?.[index - 1] : undefined;
      const startsSentence = !previous || (previous.type === 'text' && /[.!?:]\s*$/.test(previous.value ?? ''));
      const value = hyphenate(node.value, locale, { startsSentence });
      return value === node.value ? undefined : { ...node, value };
    },
  };
};
