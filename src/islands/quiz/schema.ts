/**
 * The shape of a quiz file, `content/quizzes/<locale>/<quiz id>.yaml` (see content/README.md). The
 * content collection parses every file with it, so a bad file stops the build with its path; the
 * unit tests parse content/ with it too. Unknown keys are errors, so a misspelt `feeback` is caught.
 */
import { z } from 'astro/zod';
import { changes, decisions, laterChoices } from '../builders/intro-reply/intro-reply.ts';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in kebab-case, e.g. "swamped-before-a-trip"');

const choice = z.strictObject({
  id: kebab,
  label: z.string().trim().min(1).max(200),
  /** Why this choice fits the situation or not, in the lesson's terms. */
  feedback: z.string().trim().min(20),
});

/** Weeks the accept-later reply may name: the reply builder's choices, without a fixed day. */
const laterWeeks = laterChoices.filter((c) => c !== 'date').map(Number);

/**
 * What fills in the replies shown at the end of the intro-decision quiz (src/islands/builders/
 * intro-reply): the names, the situation's own sentence for its best decision (`detail`), and,
 * where the situation says so, when the accept-later reply writes again (`later`, in weeks: a
 * four-week launch means after the launch) and whether a career change is `decided`.
 */
const reply = z.strictObject({
  introducer: z.string().trim().min(1).max(80),
  contact: z.string().trim().min(1).max(80),
  detail: z.string().trim().min(3).max(200),
  later: z
    .number()
    .int()
    .refine((weeks) => laterWeeks.includes(weeks), `later is a number of weeks: ${laterWeeks.join(', ')}`)
    .optional(),
  change: z.enum(changes).optional(),
});

/** True when the choices are exactly the three decisions of an offered introduction. */
export function hasDecisionChoices(choiceIds: readonly string[]): boolean {
  return choiceIds.length === decisions.length && decisions.every((d) => choiceIds.includes(d));
}

const question = z
  .strictObject({
    id: kebab,
    scenario: z.string().trim().min(10),
    prompt: z.string().trim().min(3).max(200).optional(),
    choices: z.array(choice).min(2).max(4),
    best: kebab,
    /** The id of the heading, in this locale's lesson, that the feedback draws on. */
    section: z.string().regex(/^[^\s#/?]+$/, 'a heading id of the lesson, without "#"'),
    reply: reply.optional(),
  })
  .superRefine((q, ctx) => {
    const ids = q.choices.map((c) => c.id);
    const doubled = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (doubled.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: `choice ids must be unique: "${doubled.join('", "')}" repeats`,
      });
    }
    if (!ids.includes(q.best)) {
      ctx.addIssue({
        code: 'custom',
        path: ['best'],
        message: `best "${q.best}" is not one of the choices (${ids.join(', ')})`,
      });
    }
    // Only the intro-decision quiz answers with the three decisions, and only it ends with replies.
    if (hasDecisionChoices(ids) && !q.reply) {
      ctx.addIssue({
        code: 'custom',
        path: ['reply'],
        message: 'reply is required when the choices are the introduction decisions',
      });
    }
    if (!hasDecisionChoices(ids) && q.reply) {
      ctx.addIssue({
        code: 'custom',
        path: ['reply'],
        message: `reply is only for the intro-decision quiz, whose choices are ${decisions.join(', ')}`,
      });
    }
  });

export const quizSchema = z
  .strictObject({
    title: z.string().trim().min(5).max(70),
    description: z.string().trim().min(20).max(200),
    /** The slug of the lesson the quiz practises. */
    lesson: kebab,
    /** Position on the quizzes page. */
    order: z.number().int().min(1),
    questions: z.array(question).min(3).max(12),
  })
  .superRefine((quiz, ctx) => {
    const ids = quiz.questions.map((q) => q.id);
    const doubled = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (doubled.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: `question ids must be unique: "${doubled.join('", "')}" repeats`,
      });
    }
  });

export type QuizData = z.infer<typeof quizSchema>;
export type QuizQuestion = QuizData['questions'][number];
