import { describe, expect, it } from 'vitest';
import { quizSchema } from './schema.ts';
import { badQuizzes, goodQuiz } from '../../../tests/fixtures/quiz.ts';

describe('quiz schema', () => {
  it('accepts a well-formed quiz', () => {
    expect(quizSchema.safeParse(goodQuiz).success).toBe(true);
  });

  for (const [name, { data, message }] of Object.entries(badQuizzes)) {
    it(`rejects ${name}`, () => {
      const result = quizSchema.safeParse(data);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')).toMatch(
        message,
      );
    });
  }
});
