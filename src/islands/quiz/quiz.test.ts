import { describe, expect, it } from 'vitest';
import { createCollection } from '../../lib/collection.ts';
import {
  answer,
  choiceOrder,
  currentIndex,
  isFinished,
  mulberry32,
  newSeed,
  retry,
  score,
  seedFrom,
  shuffle,
  startProgress,
  type Progress,
} from './quiz.ts';
import { legacyPrefix, parseProgress, quizKind, storageKey } from './progress.ts';
import { corruptProgress, sampleQuiz, unreadableText, validProgress } from '../../../tests/fixtures/quiz.ts';
import { blockedStorage, memoryStorage } from '../../../tests/support/storage.ts';

/** Answers every remaining question with the choice `pick` returns. */
function answerAll(progress: Progress, pick: (index: number) => string): Progress {
  let current = progress;
  for (let index = currentIndex(sampleQuiz, current); index !== undefined; index = currentIndex(sampleQuiz, current)) {
    current = answer(sampleQuiz, current, pick(index));
  }
  return current;
}

describe('seeded order', () => {
  it('mulberry32 gives the same numbers for the same seed, in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const run = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(run);
    expect(run.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(new Set(run).size).toBe(100);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });

  it('known values, so a change of generator (and of every saved order) is noticed', () => {
    const random = mulberry32(1);
    expect([random(), random(), random()].map((n) => n.toFixed(6))).toEqual(['0.627074', '0.002736', '0.527447']);
    expect(seedFrom('intro-decision')).toBe(seedFrom('intro-decision'));
    expect(seedFrom('intro-decision')).not.toBe(seedFrom('contact-triage'));
    expect(seedFrom('')).toBe(0x811c9dc5);
  });

  it('shuffles into a permutation, and every order turns up', () => {
    const random = mulberry32(7);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const order = shuffle(['a', 'b', 'c'], random);
      expect([...order].sort()).toEqual(['a', 'b', 'c']);
      seen.add(order.join(''));
    }
    expect(seen.size).toBe(6);
  });

  it('orders every question from one seed, the same way every time', () => {
    const order = choiceOrder(sampleQuiz, 99);
    expect(order).toEqual(choiceOrder(sampleQuiz, 99));
    expect(order.map((ids) => [...ids].sort())).toEqual(
      sampleQuiz.questions.map((q) => q.choices.map((c) => c.id).sort()),
    );
    const orders = new Set(Array.from({ length: 50 }, (_, seed) => JSON.stringify(choiceOrder(sampleQuiz, seed))));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('seeds the first attempt by the quiz id, so the server and the browser agree', () => {
    expect(startProgress(sampleQuiz).seed).toBe(seedFrom('sample'));
    expect(choiceOrder(sampleQuiz, startProgress(sampleQuiz).seed)).toEqual(
      choiceOrder(sampleQuiz, seedFrom('sample')),
    );
  });

  it('gives a retry a seed whose order differs from the last one', () => {
    let seed = startProgress(sampleQuiz).seed;
    const random = mulberry32(5);
    for (let i = 0; i < 30; i++) {
      const next = newSeed(sampleQuiz, seed, random);
      expect(Number.isInteger(next) && next >= 0 && next <= 0xffffffff).toBe(true);
      expect(choiceOrder(sampleQuiz, next)).not.toEqual(choiceOrder(sampleQuiz, seed));
      seed = next;
    }
  });

  it('skips a drawn seed that would repeat the order', () => {
    const previous = 1234;
    const draws = [previous / 4294967296, 0.5];
    const seed = newSeed(sampleQuiz, previous, () => draws.shift() ?? 0.25);
    expect(seed).toBe(0.5 * 4294967296);
  });
});

describe('answering and scoring', () => {
  it('moves through the questions one at a time and counts the best choices', () => {
    let progress = startProgress(sampleQuiz);
    expect(currentIndex(sampleQuiz, progress)).toBe(0);
    progress = answer(sampleQuiz, progress, 'a');
    expect(currentIndex(sampleQuiz, progress)).toBe(1);
    expect(score(sampleQuiz, progress)).toBe(1);
    progress = answer(sampleQuiz, progress, 'c');
    expect(score(sampleQuiz, progress)).toBe(1);
    expect(progress.best).toBeNull();
    progress = answer(sampleQuiz, progress, 'no');
    expect(isFinished(sampleQuiz, progress)).toBe(true);
    expect(currentIndex(sampleQuiz, progress)).toBeUndefined();
    expect(score(sampleQuiz, progress)).toBe(2);
    expect(progress.best).toBe(2);
    expect(progress.answers).toEqual([
      { question: 'first', choice: 'a' },
      { question: 'second', choice: 'c' },
      { question: 'third', choice: 'no' },
    ]);
  });

  it('scores 0 and full marks', () => {
    const wrong = ['b', 'a', 'yes'];
    const right = ['a', 'b', 'no'];
    expect(
      score(
        sampleQuiz,
        answerAll(startProgress(sampleQuiz), (i) => wrong[i]!),
      ),
    ).toBe(0);
    expect(answerAll(startProgress(sampleQuiz), (i) => wrong[i]!).best).toBe(0);
    expect(
      score(
        sampleQuiz,
        answerAll(startProgress(sampleQuiz), (i) => right[i]!),
      ),
    ).toBe(3);
  });

  it('keeps the best score across retries, whether the new attempt is better or worse', () => {
    const right = ['a', 'b', 'no'];
    const first = answerAll(startProgress(sampleQuiz), (i) => ['a', 'c', 'yes'][i]!);
    expect(first.best).toBe(1);
    const second = retry(first, 77);
    expect(second).toEqual({ ...first, seed: 77, answers: [] });
    const perfect = answerAll(second, (i) => right[i]!);
    expect(perfect.best).toBe(3);
    const worse = answerAll(retry(perfect, 78), (i) => ['b', 'a', 'yes'][i]!);
    expect(score(sampleQuiz, worse)).toBe(0);
    expect(worse.best).toBe(3);
  });

  it('refuses a choice the question does not have, and an answer after the end', () => {
    expect(() => answer(sampleQuiz, startProgress(sampleQuiz), 'yes')).toThrow(/no choice "yes"/);
    const done = answerAll(startProgress(sampleQuiz), (i) => (i === 2 ? 'no' : 'a'));
    expect(() => answer(sampleQuiz, done, 'a')).toThrow(/already finished/);
  });

  it('does not change the progress it is given', () => {
    const start = startProgress(sampleQuiz);
    const copy = structuredClone(start);
    answer(sampleQuiz, start, 'a');
    retry(start, 3);
    expect(start).toEqual(copy);
  });
});

describe('saved progress', () => {
  it('accepts exactly the documented shape', () => {
    for (const [name, value] of Object.entries(validProgress)) {
      expect(parseProgress(structuredClone(value), sampleQuiz), name).toEqual(value);
    }
  });

  it('round-trips what the quiz saves', () => {
    const progress = answer(sampleQuiz, startProgress(sampleQuiz), 'b');
    expect(parseProgress(JSON.parse(JSON.stringify(progress)), sampleQuiz)).toEqual(progress);
  });

  for (const [name, value] of Object.entries(corruptProgress)) {
    it(`treats ${name} as corrupt`, () => {
      expect(parseProgress(value, sampleQuiz)).toBeUndefined();
    });
  }

  it('rejects progress of a quiz whose questions have changed since', () => {
    const changed = {
      ...sampleQuiz,
      questions: [sampleQuiz.questions[1]!, sampleQuiz.questions[0]!, sampleQuiz.questions[2]!],
    };
    expect(parseProgress(validProgress.midway, changed)).toBeUndefined();
  });

  it('as records: read back, set aside when unreadable (never deleted), moved from the old key', async () => {
    expect(storageKey('sample')).toBe('connector:record:quiz:sample');
    const progress = answer(sampleQuiz, startProgress(sampleQuiz), 'a');
    const storage = memoryStorage();
    const here = createCollection(quizKind([sampleQuiz]), { storage, ids: ['sample'], events: () => () => {} });
    here.update('sample', () => progress);
    const again = createCollection(quizKind([sampleQuiz]), { storage, ids: ['sample'], events: () => () => {} });
    expect(again.get('sample')!.data).toEqual(progress);

    const envelope = (data: unknown) =>
      JSON.stringify({ kind: 'quiz', id: 'sample', version: 1, changed: '2026-11-22T10:00:00.000Z', data });
    for (const text of [...unreadableText, ...Object.values(corruptProgress).map(envelope)]) {
      const bad = memoryStorage({ [storageKey('sample')]: text });
      const quiz = createCollection(quizKind([sampleQuiz]), { storage: bad, ids: ['sample'], events: () => () => {} });
      expect(quiz.getSnapshot().items, text).toEqual([]);
      expect(
        quiz.getSnapshot().aside.map((entry) => entry.text),
        text,
      ).toEqual([text]);
    }

    const legacy = memoryStorage({
      [legacyPrefix + 'sample']: JSON.stringify(progress),
      [legacyPrefix + 'other']: JSON.stringify({ ...progress, quiz: 'other' }),
    });
    const moved = createCollection(quizKind([sampleQuiz]), {
      storage: legacy,
      ids: ['sample'],
      events: () => () => {},
    });
    await moved.ready();
    expect(moved.get('sample')!.data).toEqual(progress);
    expect(legacy.data.has(legacyPrefix + 'sample')).toBe(false);
    // Another quiz's old progress is not this quiz's to move.
    expect(legacy.data.has(legacyPrefix + 'other')).toBe(true);

    const blocked = createCollection(quizKind([sampleQuiz]), { storage: blockedStorage, events: () => () => {} });
    blocked.update('sample', () => progress);
    expect(blocked.getSnapshot().problem).toBe('unavailable');
    expect(blocked.get('sample')!.data).toEqual(progress);
  });
});
