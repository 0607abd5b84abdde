/**
 * `src/lib/clipboard.ts?page`: the same module, bundled into the lessons' inline copy script rather
 * than shared with the islands as a chunk of its own (see src/scripts/copy.ts). The bundler takes
 * the query as a module of its own; for TypeScript it is the module itself.
 */
declare module '*/lib/clipboard.ts?page' {
  export const copyFeedback: typeof import('../lib/clipboard.ts').copyFeedback;
}
