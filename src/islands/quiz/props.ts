/**
 * Build time: turns a quiz file into the island's props. Each question's `section` becomes a link
 * to that heading of the lesson, titled with the heading's text, and a section that the lesson does
 * not have stops the build, naming the file. The intro-decision quiz also gets its three replies,
 * written by the reply builder's own function, so the browser never loads that code.
 */
import { decisions, introReply, type Decision } from '../builders/intro-reply/intro-reply.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { QuizData } from './schema.ts';
import { isDecision } from './schema.ts';
import type { IslandQuiz, IslandReply } from './quiz.ts';
import { localeHref } from '../../lib/urls.ts';

/** A heading of a rendered lesson, as Astro's `render()` gives it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The quiz at the end of a lesson: `content/quizzes/<locale>/lesson-<slug>.yaml`. */
export function lessonQuizId(lesson: string): string {
  return `lesson-${lesson}`;
}

/**
 * Where a quiz is taken: a lesson's quiz at the end of its lesson, every other quiz on a page of
 * its own under /<locale>/quizzes/.
 */
export function quizPath(locale: Locale, id: string, lesson: string): string {
  return id === lessonQuizId(lesson)
    ? localeHref(locale, `/lessons/${lesson}/#lesson-quiz`)
    : localeHref(locale, `/quizzes/${id}/`);
}

/** The one quiz that ends with ready-to-send replies. */
export const replyQuiz = 'intro-decision';

export function islandQuiz(
  locale: Locale,
  id: string,
  data: QuizData,
  lesson: { slug: string; headings: readonly Heading[] },
): IslandQuiz {
  const sections = new Map(lesson.headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => [h.slug, h.text]));
  return {
    id,
    questions: data.questions.map((question) => {
      // The schema allows a reply only beside the three decisions; only this quiz may use them.
      if (Boolean(question.reply) !== (id === replyQuiz)) {
        throw new Error(
          `content/quizzes/${locale}/${id}.yaml: question "${question.id}": a reply belongs to every question of the ${replyQuiz} quiz and to no other.`,
        );
      }
      const title = sections.get(question.section);
      if (title === undefined) {
        throw new Error(
          `content/quizzes/${locale}/${id}.yaml: question "${question.id}" points to section "${question.section}", ` +
            `which content/lessons/${locale}/${lesson.slug}.mdx does not have. Its sections: ${[...sections.keys()].join(', ')}`,
        );
      }
      return {
        id: question.id,
        scenario: question.scenario,
        prompt: question.prompt,
        choices: question.choices.map(({ id: choiceId, label, feedback }) => ({ id: choiceId, label, feedback })),
        best: question.best,
        section: { href: localeHref(locale, `/lessons/${lesson.slug}/#${question.section}`), title },
      };
    }),
  };
}

/**
 * The reply for each decision, filled in for the last situation: the detail (the constraint, the
 * reason, the free times) goes only into the reply of that situation's best decision. Empty for
 * a quiz that is not about the introduction decisions.
 */
export function introReplies(locale: Locale, data: QuizData, builderPath: string | null): IslandReply[] {
  const last = data.questions.at(-1);
  if (!last?.reply || !isDecision(last.choices.map((c) => c.id))) return [];
  const { introducer, contact, detail } = last.reply;
  return decisions.map((decision: Decision) => {
    const fits = decision === last.best;
    return {
      decision,
      label: last.choices.find((c) => c.id === decision)!.label,
      text: introReply(locale, { introducer, contact, decision, ...(fits ? { detail } : {}) }),
      fits,
      builder: builderPath ? localeHref(locale, `${builderPath}?decision=${decision}`) : undefined,
    };
  });
}
