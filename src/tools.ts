/**
 * The interactive tools, in the order the home page lists them. A lesson's frontmatter names its
 * tool by id. `path` is the tool's page under the locale; `null` until the tool is built, so the
 * home page can list it as coming without linking to a page that does not exist.
 */
import type { BuilderId } from './islands/builders/registry.ts';

/** The tools that are not message builders; the builders' ids come from their registry. */
type OtherTool = 'intro-quiz' | 'worksheet';
export type ToolId = OtherTool | BuilderId;

export const toolIds = [
  'intro-quiz',
  'intro-reply',
  'worksheet',
  'reconnect',
  'contact-request',
] as const satisfies readonly ToolId[];
// Every tool is listed: a builder added to the registry and missing here is a type error.
type Unlisted = Exclude<ToolId, (typeof toolIds)[number]>;
const allListed: [Unlisted] extends [never] ? true : Unlisted = true;
void allListed;

export const toolPaths: Record<ToolId, string | null> = {
  'intro-quiz': '/quizzes/intro-decision/',
  'intro-reply': '/tools/intro-reply/',
  worksheet: '/tools/worksheet/',
  reconnect: '/tools/reconnect/',
  'contact-request': '/tools/contact-request/',
};
