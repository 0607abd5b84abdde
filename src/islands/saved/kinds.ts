/**
 * Every kind of saved work the site keeps, for the "your saved work" page: quiz progress, the
 * worksheets and each builder's drafts, and the answer that names a draft.
 */
import type { Kind } from '../../lib/collection.ts';
import { builderIds, type BuilderId } from '../builders/registry.ts';
import { draftKind } from '../builders/drafts.ts';
import { quizKind, type QuizShape } from '../quiz/progress.ts';
import { worksheetKind } from '../worksheet/record.ts';

export function savedKinds(quizzes: readonly QuizShape[]): Array<Kind<unknown>> {
  return [quizKind(quizzes), worksheetKind, ...builderIds.map((id) => draftKind(id))];
}

/**
 * The answer that names a draft in each builder's own list (its spec's `title`), so that this page
 * names drafts as the builder does without loading the builders' code. The page hands it to the
 * island with each kind of drafts (`kinds`, in pages/[locale]/saved.astro); kinds.test.ts checks
 * them.
 */
export const draftTitleField: Record<BuilderId, string> = {
  reconnect: 'theirName',
  'contact-request': 'theirName',
  'intro-reply': 'introducer',
};
