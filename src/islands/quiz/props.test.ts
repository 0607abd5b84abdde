import { describe, expect, it } from 'vitest';
import { introReply } from '../builders/intro-reply/reply.ts';
import { introReplies, islandQuiz, type Heading } from './props.ts';
import { quizSchema, type QuizData } from './schema.ts';

const headings: Heading[] = [
  { depth: 2, slug: 'the-principle', text: 'The principle' },
  { depth: 3, slug: 'when-you-are-swamped', text: 'When you are swamped' },
  { depth: 4, slug: 'too-deep', text: 'Too deep for a pointer' },
];

const choices = () =>
  ['accept-now', 'accept-later', 'decline'].map((id) => ({
    id,
    label: `Label ${id}`,
    feedback: `Why ${id} fits or not, at some length.`,
  }));

const decisionQuiz: QuizData = quizSchema.parse({
  title: 'Accept, postpone or decline?',
  description: 'Situations in which someone offers to introduce you.',
  lesson: 'introductions',
  order: 1,
  questions: ['one', 'two', 'three'].map((id, index) => ({
    id,
    scenario: `Scenario ${id}, with enough words to read.`,
    choices: choices(),
    best: ['decline', 'accept-now', 'accept-later'][index],
    section: 'when-you-are-swamped',
    reply: { introducer: `Introducer ${id}`, contact: `Contact ${id}`, detail: `detail of ${id}` },
  })),
});

describe('islandQuiz', () => {
  it('turns each section into a link to the lesson heading, titled with its text', () => {
    const quiz = islandQuiz('de', 'intro-decision', decisionQuiz, { slug: 'introductions', headings });
    expect(quiz.id).toBe('intro-decision');
    expect(quiz.questions.map((q) => q.section)).toEqual(
      Array(3).fill({ href: '/de/lessons/introductions/#when-you-are-swamped', title: 'When you are swamped' }),
    );
    expect(quiz.questions[0]!.choices[0]).toEqual({
      id: 'accept-now',
      label: 'Label accept-now',
      feedback: 'Why accept-now fits or not, at some length.',
    });
    // The reply data stays on the server.
    expect(JSON.stringify(quiz)).not.toContain('Introducer');
  });

  it('stops the build on a section the lesson does not have, naming the file and the question', () => {
    const broken = { ...decisionQuiz, questions: [{ ...decisionQuiz.questions[0]!, section: 'too-deep' }] };
    expect(() => islandQuiz('fi', 'intro-decision', broken, { slug: 'introductions', headings })).toThrow(
      /content\/quizzes\/fi\/intro-decision\.yaml: question "one" points to section "too-deep".*content\/lessons\/fi\/introductions\.mdx/,
    );
  });

  it('stops the build on a reply outside the intro-decision quiz, or a question of it without one', () => {
    expect(() => islandQuiz('en', 'contact-triage', decisionQuiz, { slug: 'introductions', headings })).toThrow(
      /content\/quizzes\/en\/contact-triage\.yaml: question "one": a reply belongs to every question of the intro-decision quiz and to no other/,
    );
    const withoutReplies = {
      ...decisionQuiz,
      questions: decisionQuiz.questions.map(({ reply: _reply, ...q }) => ({
        ...q,
        choices: q.choices.slice(0, 2),
        best: 'accept-now',
      })),
    };
    expect(() => islandQuiz('sv', 'intro-decision', withoutReplies, { slug: 'introductions', headings })).toThrow(
      /intro-decision\.yaml: question "one": a reply belongs/,
    );
  });
});

describe('introReplies', () => {
  it('writes one reply per decision for the last situation, with the detail only in its best decision', () => {
    const replies = introReplies('sv', decisionQuiz, null);
    expect(replies.map((r) => [r.decision, r.fits, r.label])).toEqual([
      ['accept-now', false, 'Label accept-now'],
      ['accept-later', true, 'Label accept-later'],
      ['decline', false, 'Label decline'],
    ]);
    const input = { introducer: 'Introducer three', contact: 'Contact three' };
    expect(replies[0]!.text).toBe(introReply('sv', { ...input, decision: 'accept-now' }));
    expect(replies[1]!.text).toBe(introReply('sv', { ...input, decision: 'accept-later', detail: 'detail of three' }));
    expect(replies[2]!.text).toBe(introReply('sv', { ...input, decision: 'decline' }));
    // The situation's sentence is placed whole, as a sentence, in its best decision's reply only.
    expect(replies.filter((r) => r.text.includes('Detail of three.'))).toHaveLength(1);
    expect(replies.every((r) => r.builder === undefined)).toBe(true);
  });

  it('links each reply to the reply builder, preset to its decision, once the builder exists', () => {
    const replies = introReplies('en', decisionQuiz, '/tools/intro-reply/');
    expect(replies.map((r) => r.builder)).toEqual([
      '/en/tools/intro-reply/?decision=accept-now',
      '/en/tools/intro-reply/?decision=accept-later',
      '/en/tools/intro-reply/?decision=decline',
    ]);
  });

  it('has no replies for a quiz that is not about the introduction decisions', () => {
    const triage = quizSchema.parse({
      ...decisionQuiz,
      questions: decisionQuiz.questions.map(({ reply: _reply, ...q }) => ({
        ...q,
        choices: ['accept', 'ask-first', 'decline'].map((id) => ({
          id,
          label: id,
          feedback: `Why ${id} fits or not, at some length.`,
        })),
        best: 'ask-first',
      })),
    });
    expect(introReplies('en', triage, '/tools/intro-reply/')).toEqual([]);
  });
});
