/**
 * The quiz data in content/quizzes, checked over the files themselves: every file passes the
 * schema, every quiz exists in every locale (both ways), and the locales agree on everything but
 * the words: question ids and order, choice ids, the best choice, the lesson and the order. The
 * quizzes the curriculum asks for are all there, with the answers the quiz brief decided.
 */
import { describe, expect, it } from 'vitest';
import { contentLocales, filesIn, readYaml } from '../support/content.ts';
import { lessonSlugs } from '../support/dist.ts';
import { quizSchema, type QuizData } from '../../src/islands/quiz/schema.ts';

const files = filesIn('quizzes', 'en');
const quizIds = files.map((file) => file.replace(/\.yaml$/, ''));
const read = (locale: string, id: string) => quizSchema.parse(readYaml('quizzes', locale, `${id}.yaml`)) as QuizData;

describe('quiz files', () => {
  it('are the same in every locale, both ways', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const locale of contentLocales) expect(filesIn('quizzes', locale), locale).toEqual(files);
  });

  for (const locale of contentLocales) {
    it(`${locale}: every file passes the schema`, () => {
      const problems: string[] = [];
      for (const file of filesIn('quizzes', locale)) {
        if (!file.endsWith('.yaml')) {
          problems.push(`content/quizzes/${locale}/${file}: not a .yaml file`);
          continue;
        }
        const result = quizSchema.safeParse(readYaml('quizzes', locale, file));
        for (const issue of result.error?.issues ?? []) {
          problems.push(`content/quizzes/${locale}/${file}: ${issue.path.join('.')}: ${issue.message}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('the curriculum’s quizzes', () => {
  it('has the two decision quizzes and one quiz per lesson', () => {
    expect(quizIds.sort()).toEqual(
      ['contact-triage', 'intro-decision', ...lessonSlugs().map((slug) => `lesson-${slug}`)].sort(),
    );
  });

  it('lists them in the order of the brief', () => {
    const order = quizIds.map((id) => [read('en', id).order, id] as const).sort((a, b) => a[0] - b[0]);
    expect(order.map(([, id]) => id)).toEqual([
      'intro-decision',
      'contact-triage',
      'lesson-introductions',
      'lesson-meeting-goals',
      'lesson-reconnecting',
      'lesson-contact-requests',
      'lesson-connector-mindset',
    ]);
  });

  // The questions and best answers decided in the quiz brief, so a quiz cannot drift from it.
  const decided: Record<string, { lesson: string; choices: string[]; questions: Array<[string, string]> }> = {
    'intro-decision': {
      lesson: 'introductions',
      choices: ['accept-now', 'accept-later', 'decline'],
      questions: [
        ['swamped-before-a-trip', 'accept-later'],
        ['retraining-as-teacher', 'decline'],
        ['quiet-month-dream-team', 'accept-now'],
        ['moving-house', 'accept-later'],
        ['contact-in-new-field', 'accept-now'],
        ['launch-month', 'accept-later'],
        ['leaving-sales-for-nursing', 'decline'],
        ['real-questions-founder', 'accept-now'],
      ],
    },
    'contact-triage': {
      lesson: 'contact-requests',
      choices: ['accept', 'ask-first', 'decline'],
      questions: [
        ['vague-win-win', 'ask-first'],
        ['former-colleague', 'accept'],
        ['stranger-no-note', 'decline'],
        ['free-member-question', 'ask-first'],
        ['school-friend', 'accept'],
        ['collector-no-answer', 'decline'],
      ],
    },
  };

  for (const [id, expected] of Object.entries(decided)) {
    it(`${id}: the decided questions, answers and best choices, the same label for a choice throughout`, () => {
      const quiz = read('en', id);
      expect(quiz.lesson).toBe(expected.lesson);
      expect(quiz.questions.map((q) => [q.id, q.best])).toEqual(expected.questions);
      for (const locale of contentLocales) {
        const labels = new Map<string, Set<string>>();
        for (const question of read(locale, id).questions) {
          expect(
            question.choices.map((c) => c.id),
            `${locale} ${question.id}`,
          ).toEqual(expected.choices);
          for (const choice of question.choices)
            labels.set(choice.id, (labels.get(choice.id) ?? new Set()).add(choice.label));
        }
        for (const [choice, set] of labels) expect([...set], `${locale}: labels of ${choice}`).toHaveLength(1);
      }
    });
  }

  it('ends the intro-decision quiz with replies, and only it', () => {
    for (const locale of contentLocales) {
      for (const id of quizIds) {
        const withReply = read(locale, id).questions.filter((q) => q.reply).length;
        expect(withReply, `${locale}/${id}`).toBe(id === 'intro-decision' ? read(locale, id).questions.length : 0);
      }
    }
  });

  // The weeks after which each postponing situation writes again: after what stands in its way
  // (a trip and a release this week, a move this week, a launch that takes four weeks).
  const writeAgain: Record<string, number> = { 'swamped-before-a-trip': 2, 'moving-house': 2, 'launch-month': 6 };
  it('postpones each situation past its constraint, and declines as decided where the change is settled', () => {
    for (const locale of contentLocales) {
      for (const question of read(locale, 'intro-decision').questions) {
        const where = `${locale} ${question.id}`;
        if (question.best === 'accept-later') expect(question.reply!.later, where).toBe(writeAgain[question.id]);
        // Each declining situation's change is under way (a course begun, a place accepted).
        if (question.best === 'decline') expect(question.reply!.change, where).toBe('decided');
      }
    }
    expect(writeAgain['launch-month']).toBeGreaterThan(4);
  });

  it('has 3-5 questions at the end of every lesson, with the best answer not always in the same place', () => {
    for (const slug of lessonSlugs()) {
      const quiz = read('en', `lesson-${slug}`);
      expect(quiz.lesson, slug).toBe(slug);
      expect(quiz.questions.length, slug).toBeGreaterThanOrEqual(3);
      expect(quiz.questions.length, slug).toBeLessThanOrEqual(5);
      const places = quiz.questions.map((q) => q.choices.findIndex((c) => c.id === q.best));
      expect(new Set(places).size, `${slug}: best at ${places}`).toBeGreaterThan(1);
    }
  });
});

describe('parity across locales', () => {
  for (const id of quizIds) {
    it(`${id}: the same lesson, order, questions, choices and best choices in every locale`, () => {
      const shape = (locale: string) => {
        const quiz = read(locale, id);
        return {
          lesson: quiz.lesson,
          order: quiz.order,
          questions: quiz.questions.map((q) => ({
            id: q.id,
            choices: q.choices.map((c) => c.id),
            best: q.best,
            reply: Boolean(q.reply),
          })),
        };
      };
      for (const locale of contentLocales) expect(shape(locale), locale).toEqual(shape('en'));
    });
  }
});

describe('answers that must be thought about, not spotted', () => {
  // A reader who always picks the longest option should not do well: per locale, the best answer
  // may be the longest (or tied for longest) option in at most 40 % of all questions.
  const graphemes = (locale: string, text: string) =>
    [...new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(text)].length;
  for (const locale of contentLocales) {
    it(`${locale}: the best answer is the longest option in at most 40 % of questions`, () => {
      let questions = 0;
      const longest: string[] = [];
      for (const id of quizIds) {
        for (const question of read(locale, id).questions) {
          questions++;
          const length = (choiceId: string) =>
            graphemes(locale, question.choices.find((choice) => choice.id === choiceId)!.label);
          const best = length(question.best);
          if (question.choices.every((choice) => choice.id === question.best || length(choice.id) <= best))
            longest.push(`${id}/${question.id}`);
        }
      }
      expect(longest.length / questions, longest.join(', ')).toBeLessThanOrEqual(0.4);
    });
  }
});
