/**
 * The `hyphen` package ships no types. Each language is a CommonJS module whose default export
 * holds the hyphenators for that language's TeX patterns; only the synchronous one is used.
 */
declare module 'hyphen/*/index.js' {
  interface HyphenOptions {
    /** The character to insert; U+00AD (soft hyphen) by default. */
    hyphenChar?: string;
    /** Words shorter than this are left as they are (default 5). */
    minWordLength?: number;
    /** Words hyphenated by hand, e.g. `['Con-nector']`; `Connector` alone keeps a word whole. */
    exceptions?: string[];
  }
  const language: {
    hyphenateSync(text: string, options?: HyphenOptions): string;
  };
  export default language;
}
