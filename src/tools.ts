/**
 * The interactive tools, in the order the home page lists them. A lesson's frontmatter names its
 * tool by id. `path` is the tool's page under the locale; `null` until the tool is built, so the
 * home page can list it as coming without linking to a page that does not exist.
 */
export const toolIds = ['intro-quiz', 'intro-reply', 'worksheet', 'reconnect', 'contact-request'] as const;
export type ToolId = (typeof toolIds)[number];

export const toolPaths: Record<ToolId, string | null> = {
  'intro-quiz': '/quizzes/intro-decision/',
  'intro-reply': '/tools/intro-reply/',
  worksheet: '/tools/worksheet/',
  reconnect: '/tools/reconnect/',
  'contact-request': '/tools/contact-request/',
};
