/**
 * The three message builders, each under one name: the id in its URL (`/<locale>/tools/<id>/`), its
 * folder (`src/islands/builders/<id>/`), its draft storage key (`connector:builders:<id>`) and its
 * dictionary entry (`builders[<id>]` in src/i18n/ui/<locale>/builders.ts). Every id type of the
 * builders derives from this list. Plain data, no import: the islands, the pages and the tests all
 * read it without pulling in any builder's code.
 */
export const builderIds = ['reconnect', 'contact-request', 'intro-reply'] as const;
export type BuilderId = (typeof builderIds)[number];

/** Each builder's lesson, for its page (build time: the islands need only the ids above). */
export const builders = {
  reconnect: {
    /** The lesson the builder practises (its slug). */
    lesson: 'reconnecting',
    /** Which of the lesson's <Example> messages the page shows without JavaScript: from this index on. */
    examplesFrom: 0,
  },
  'contact-request': {
    lesson: 'contact-requests',
    // The lesson's first two examples are replies; the last two are requests (met, not met).
    examplesFrom: 2,
  },
  'intro-reply': {
    lesson: 'introductions',
    examplesFrom: 0,
  },
} as const satisfies Record<BuilderId, { lesson: string; examplesFrom: number }>;

export function isBuilderId(value: unknown): value is BuilderId {
  return (builderIds as readonly unknown[]).includes(value);
}
