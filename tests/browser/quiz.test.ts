/**
 * The quizzes in every language, the way a reader meets them: by mouse (right and wrong answers,
 * feedback, reload and resume, result, review, replies, retry), by keyboard alone, without
 * JavaScript, with broken or blocked storage, and on a lesson page that loads none of the quiz's
 * code until the quiz nears the viewport. axe runs at every step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, locales, watchedPage } from '../support/browser.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';
import { axeViolations } from '../support/axe.ts';
import { filesIn, readYaml } from '../support/content.ts';
import { dictionaries, format } from '../../src/i18n/index.ts';
import { quizSchema, type QuizData } from '../../src/islands/quiz/schema.ts';
import { choiceOrder, seedFrom, type QuizShape } from '../../src/islands/quiz/quiz.ts';
import { storageKey } from '../../src/islands/quiz/progress.ts';
import type { Decision } from '../../src/islands/builders/intro-reply/intro-reply.ts';
import { introReply } from '../../src/islands/builders/intro-reply/reply.ts';
import { lessonQuizId, quizPath } from '../../src/islands/quiz/props.ts';
import { corruptProgress, unreadableText } from '../fixtures/quiz.ts';
import { islandBudgetBytes, scriptWeight } from '../support/budgets.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Locale = (typeof locales)[number];
const quizIds = filesIn('quizzes', 'en').map((file) => file.replace(/\.yaml$/, ''));
const readQuiz = (locale: Locale, id: string): QuizData & { id: string } => ({
  ...quizSchema.parse(readYaml('quizzes', locale, `${id}.yaml`)),
  id,
});
const strings = (locale: Locale) => dictionaries[locale].quiz.island;
/**
 * Text as the page shows it: runs of white space (YAML's folded lines) as one space, and without
 * the soft hyphens the build puts into long words (invisible unless a line breaks there).
 */
const squash = (text: string | null | undefined) =>
  withoutSoftHyphens(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();

const live = (page: Page) => page.locator('.quiz--live');
const feedback = (page: Page) => live(page).locator('.quiz__feedback');

/** Waits until the island has hydrated and read the saved progress. */
async function ready(page: Page): Promise<void> {
  await page.locator('.quiz--live[data-ready]').waitFor();
}

async function expectNoAxe(page: Page, step: string): Promise<void> {
  expect(await axeViolations(page), step).toEqual([]);
}

/** The labels of the current question's choices, in the order shown. */
async function shownLabels(page: Page): Promise<string[]> {
  return (await live(page).locator('.quiz__choice label').allInnerTexts()).map((text) => squash(text));
}

function expectedLabels(quiz: QuizData & { id: string }, seed: number, index: number): string[] {
  const question = quiz.questions[index]!;
  return choiceOrder(quiz, seed)[index]!.map((id) => question.choices.find((c) => c.id === id)!.label);
}

/** Answers the current question with a choice, by mouse, and presses the check button. */
async function answerByMouse(page: Page, locale: Locale, label: string): Promise<void> {
  await live(page).getByRole('radio', { name: label, exact: true }).check();
  await live(page)
    .getByRole('button', { name: strings(locale).check, exact: true })
    .click();
}

const focusedText = async (page: Page) =>
  squash(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));

/** The saved progress (its record's data), or null. */
const saved = (page: Page, id: string) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data ?? null, storageKey(id)) as Promise<{
    seed: number;
    best: number | null;
    answers: unknown[];
  } | null>;

describe.each(locales)('quizzes in %s', (locale) => {
  const t = strings(locale);

  it('intro-decision by mouse: wrong and right answers, reload and resume, result, review, replies, retry', async () => {
    const quiz = readQuiz(locale, 'intro-decision');
    const total = quiz.questions.length;
    expect(total).toBeGreaterThanOrEqual(8);
    const { page, context, problems, external } = await watchedPage(browser, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const weight = scriptWeight(page);
    await page.goto(`/${locale}/quizzes/intro-decision/`);
    await ready(page);
    const hydrated = await weight();
    const seed = seedFrom('intro-decision');
    expect(squash(await live(page).locator('.quiz__progress').textContent())).toBe(format(t.progress, { n: 1, total }));
    expect(await shownLabels(page)).toEqual(expectedLabels(quiz, seed, 0));
    await expectNoAxe(page, 'first question');

    // Checking without a choice says so and leaves the question as it was.
    await live(page).getByRole('button', { name: t.check }).click();
    await expect.poll(async () => squash(await live(page).locator('.quiz__error').textContent())).toBe(t.chooseFirst);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    await expectNoAxe(page, 'error');

    // A wrong answer: its own explanation, then the best one, and the lesson section.
    const first = quiz.questions[0]!;
    const wrong = first.choices.find((c) => c.id !== first.best)!;
    const best = first.choices.find((c) => c.id === first.best)!;
    await answerByMouse(page, locale, wrong.label);
    const told = squash(await feedback(page).innerText());
    expect(told).toContain(t.notBest);
    expect(told).toContain(squash(wrong.feedback));
    expect(told).toContain(format(t.bestAnswer, { label: best.label }));
    expect(told).toContain(squash(best.feedback));
    expect(await feedback(page).getAttribute('aria-live')).toBe('polite');
    const section = await feedback(page).getByRole('link').getAttribute('href');
    expect(section).toBe(`/${locale}/lessons/introductions/#${first.section}`);
    expect(await focusedText(page)).toBe(t.next);
    expect(await live(page).getByRole('radio').first().isDisabled()).toBe(true);
    // Up to the first answer, the page stays within the budget, and that answer fetched nothing.
    const { bytes, files } = await weight();
    console.log(
      `JS of /${locale}/quizzes/intro-decision/: ${(bytes / 1024).toFixed(1)} KB gzip after the first answer`,
    );
    expect(bytes).toBeLessThanOrEqual(islandBudgetBytes);
    expect(files).toHaveLength(hydrated.files.length);
    await expectNoAxe(page, 'wrong answer');

    // A right answer.
    await live(page).getByRole('button', { name: t.next }).click();
    expect(await focusedText(page)).toBe(format(t.progress, { n: 2, total }));
    const second = quiz.questions[1]!;
    const secondBest = second.choices.find((c) => c.id === second.best)!;
    await answerByMouse(page, locale, secondBest.label);
    const praised = squash(await feedback(page).innerText());
    expect(praised).toContain(t.best);
    expect(praised).toContain(squash(secondBest.feedback));
    expect(praised).not.toContain(format(t.bestAnswer, { label: secondBest.label }));
    await expectNoAxe(page, 'right answer');

    // A reload resumes at the next question, in the same order.
    await page.reload();
    await ready(page);
    expect(squash(await live(page).locator('.quiz__progress').textContent())).toBe(format(t.progress, { n: 3, total }));
    expect(await shownLabels(page)).toEqual(expectedLabels(quiz, seed, 2));
    expect(await live(page).locator('.quiz__notice').count()).toBe(0);

    for (let index = 2; index < total; index++) {
      const question = quiz.questions[index]!;
      await answerByMouse(page, locale, question.choices.find((c) => c.id === question.best)!.label);
      await live(page)
        .getByRole('button', { name: index === total - 1 ? t.finish : t.next })
        .click();
    }

    // The result, the best score, and a review of every answer.
    expect(await focusedText(page)).toBe(t.resultTitle);
    const result = squash(await live(page).innerText());
    expect(result).toContain(format(t.result, { score: total - 1, total }));
    expect(result).toContain(format(t.bestSoFar, { score: total - 1, total }));
    const review = live(page).locator('.quiz__review > li');
    expect(await review.count()).toBe(total);
    const firstReview = squash(await review.first().innerText());
    expect(firstReview).toContain(format(t.yourAnswer, { label: wrong.label }));
    expect(firstReview).toContain(t.notBest);
    expect(squash(await review.nth(1).innerText())).toContain(t.best);
    expect((await saved(page, 'intro-decision'))?.best).toBe(total - 1);
    await expectNoAxe(page, 'result');

    // One reply per decision, for the last situation, each copied exactly as shown.
    const last = quiz.questions.at(-1)!;
    const replies = live(page).locator('.quiz__reply');
    expect(await replies.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const reply = replies.nth(i);
      const decision = (await reply.getAttribute('data-decision')) as Decision;
      const expected = introReply(locale, {
        introducer: last.reply!.introducer,
        contact: last.reply!.contact,
        decision,
        ...(decision === last.best ? { detail: last.reply!.detail } : {}),
        ...(last.reply!.later ? { later: String(last.reply!.later) as '2' } : {}),
        ...(last.reply!.change ? { change: last.reply!.change } : {}),
      });
      const shown = await reply.locator('[data-reply-text]').innerText();
      expect(shown, decision).toBe(expected);
      await reply.getByRole('button').click();
      await expect.poll(async () => squash(await reply.getByRole('status').textContent())).toBe(t.copied);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied, decision).toBe(shown);
      expect(copied, decision).not.toContain(SOFT_HYPHEN);
    }
    expect(squash(await live(page).locator('.quiz__reply--fits').getAttribute('data-decision'))).toBe(last.best);

    // A retry: the first question again, in a new order that a reload keeps.
    await live(page).getByRole('button', { name: t.retry }).click();
    expect(await focusedText(page)).toBe(format(t.progress, { n: 1, total }));
    const retried = (await saved(page, 'intro-decision'))!;
    expect(retried.seed).not.toBe(seed);
    expect(retried.answers).toEqual([]);
    expect(retried.best).toBe(total - 1);
    expect(choiceOrder(quiz, retried.seed)).not.toEqual(choiceOrder(quiz, seed));
    const order = await shownLabels(page);
    expect(order).toEqual(expectedLabels(quiz, retried.seed, 0));
    await expectNoAxe(page, 'retry');
    await page.reload();
    await ready(page);
    expect(await shownLabels(page)).toEqual(order);

    // The quizzes page shows the best score.
    await page.goto(`/${locale}/quizzes/`);
    const card = page
      .locator('.quiz-card')
      .filter({ has: page.locator(`a[href="/${locale}/quizzes/intro-decision/"]`) });
    await expect
      .poll(() => card.locator('.quiz-card__best').textContent())
      .toBe(format(dictionaries[locale].quiz.page.best, { score: total - 1, total }));
    expect(await page.locator('.quiz-card__best:visible').count()).toBe(1);
    await expectNoAxe(page, 'quizzes page');

    await context.close();
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('lists every quiz, each linking to where it is taken', async () => {
    const { page, context, problems } = await watchedPage(browser);
    // A lesson's quiz is at the end of the lesson, the others have a page of their own.
    await page.goto(`/${locale}/quizzes/`);
    const links = await page.locator('.quiz-card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const ordered = quizIds.map((id) => readQuiz(locale, id)).sort((a, b) => a.order - b.order);
    expect(links).toEqual(ordered.map((quiz) => quizPath(locale, quiz.id, quiz.lesson)));
    // Nothing saved yet: no score is shown.
    expect(await page.locator('.quiz-card__best:visible').count()).toBe(0);
    await context.close();
    expect(problems).toEqual([]);
  });

  it.each(quizIds.filter((id) => id !== 'intro-decision'))('%s: the best answers score full marks', async (id) => {
    const { page, context, problems, external } = await watchedPage(browser);
    const quiz = readQuiz(locale, id);
    await page.goto(quizPath(locale, id, quiz.lesson));
    await ready(page);
    if (id === lessonQuizId(quiz.lesson)) expect(await page.locator('#lesson-quiz').isVisible()).toBe(true);
    else expect(squash(await page.getByRole('heading', { level: 1 }).textContent())).toBe(quiz.title);
    for (const [index, question] of quiz.questions.entries()) {
      expect(squash(await live(page).locator('legend').innerText()), question.id).toContain(squash(question.scenario));
      await answerByMouse(page, locale, question.choices.find((c) => c.id === question.best)!.label);
      expect(squash(await feedback(page).innerText()), question.id).toContain(t.best);
      const href = await feedback(page).getByRole('link').getAttribute('href');
      expect(href).toBe(`/${locale}/lessons/${quiz.lesson}/#${question.section}`);
      await live(page)
        .getByRole('button', { name: index === quiz.questions.length - 1 ? t.finish : t.next })
        .click();
    }
    const total = quiz.questions.length;
    expect(squash(await live(page).locator('.quiz__score').textContent())).toBe(
      format(t.result, { score: total, total }),
    );
    expect(await live(page).locator('.quiz__reply').count()).toBe(0);
    await page.goto(`/${locale}/quizzes/`);
    await expect.poll(() => page.locator('.quiz-card__best:visible').count()).toBe(1);
    await context.close();
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('a lesson quiz by keyboard before it has hydrated: Tab never skips it, and a choice made at once is kept', async () => {
    const slug = 'reconnecting';
    const quiz = readQuiz(locale, `lesson-${slug}`);
    const { page, context, problems } = await watchedPage(browser, { viewport: { width: 1280, height: 800 } });
    // The quiz's code arrives only when the test lets it: everything below happens before hydration.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/_astro\/Quiz\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/${locale}/lessons/${slug}/`);
    const copy = page.getByRole('button', { name: dictionaries[locale].lesson.copy, exact: true });
    await copy.last().focus();
    // Tab from the last Copy button of the lesson: the first stop in the quiz is its first choice,
    // and nothing after the quiz comes first.
    let landed = '';
    for (let i = 0; i < 15 && !landed; i++) {
      await page.keyboard.press('Tab');
      landed = await page.evaluate(() => {
        const active = document.activeElement!;
        const quizBlock = document.querySelector('.quiz--live')!;
        if (quizBlock.contains(active)) return (active as HTMLInputElement).type || active.tagName;
        return quizBlock.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after the quiz' : '';
      });
    }
    expect(landed).toBe('radio');
    expect(await page.locator('.quiz--live[data-ready]').count()).toBe(0);
    const order = choiceOrder(quiz as QuizShape, seedFrom(quiz.id))[0]!;
    const best = order.indexOf(quiz.questions[0]!.best);
    await page.keyboard.press('Space');
    for (let step = 0; step < best; step++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(t.check);
    // Pressing Check before the code has come does nothing: no reload, nothing lost.
    await page.keyboard.press('Enter');
    expect(await live(page).getByRole('radio', { checked: true }).getAttribute('value')).toBe(order[best]);
    release();
    await ready(page);
    expect(await live(page).getByRole('radio', { checked: true }).getAttribute('value')).toBe(order[best]);
    await live(page).getByRole('button', { name: t.check }).focus();
    await page.keyboard.press('Enter');
    expect(squash(await feedback(page).innerText())).toContain(t.best);
    expect((await saved(page, quiz.id))?.answers).toEqual([{ question: quiz.questions[0]!.id, choice: order[best] }]);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('a lesson quiz by keyboard alone, its code loaded only as it nears the viewport', async () => {
    const slug = 'reconnecting';
    const quiz = readQuiz(locale, `lesson-${slug}`);
    const total = quiz.questions.length;
    const { page, context, problems, external } = await watchedPage(browser, {
      colorScheme: 'dark',
      viewport: { width: 1280, height: 800 },
    });
    const weight = scriptWeight(page);
    await page.goto(`/${locale}/lessons/${slug}/`);
    const before = (await weight()).files;
    expect(before.filter((s) => /quiz|client|react/i.test(s.path))).toEqual([]);

    // Scrolling the quiz near the viewport loads and hydrates it.
    await page.locator('#lesson-quiz-title').scrollIntoViewIfNeeded();
    await ready(page);
    const { bytes } = await weight();
    console.log(`JS of /${locale}/lessons/${slug}/ after the quiz hydrates: ${(bytes / 1024).toFixed(1)} KB gzip`);
    expect(bytes).toBeLessThanOrEqual(islandBudgetBytes);
    await expectNoAxe(page, 'lesson quiz, hydrated');

    // From the paragraph before the quiz, Tab reaches the choices.
    await page
      .locator('.lesson-quiz > p')
      .first()
      .evaluate((el) => {
        el.setAttribute('tabindex', '-1');
        (el as HTMLElement).focus();
      });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');

    // Check without a choice: the error, and focus back on the choices.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(t.check);
    await page.keyboard.press('Enter');
    await expect.poll(async () => squash(await live(page).locator('.quiz__error').textContent())).toBe(t.chooseFirst);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');

    const seed = seedFrom(quiz.id);
    for (let index = 0; index < total; index++) {
      const question = quiz.questions[index]!;
      // Answer the first question wrongly, the others rightly.
      const order = choiceOrder(quiz as QuizShape, seed)[index]!;
      const target = index === 0 ? order.findIndex((id) => id !== question.best) : order.indexOf(question.best);
      if (index > 0) {
        expect(await focusedText(page)).toBe(format(t.progress, { n: index + 1, total }));
        await page.keyboard.press('Tab');
      }
      // Focus is on the first radio: Space chooses it, each arrow moves down and chooses.
      await page.keyboard.press('Space');
      for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
      expect(await live(page).getByRole('radio', { checked: true }).getAttribute('value')).toBe(order[target]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await focusedText(page)).toBe(index === total - 1 ? t.finish : t.next);
      expect(squash(await feedback(page).innerText())).toContain(index === 0 ? t.notBest : t.best);
      await expectNoAxe(page, `keyboard, question ${index + 1} answered`);
      await page.keyboard.press('Enter');
    }
    expect(await focusedText(page)).toBe(t.resultTitle);
    expect(squash(await live(page).locator('.quiz__score').textContent())).toBe(
      format(t.result, { score: total - 1, total }),
    );
    await expectNoAxe(page, 'keyboard, result');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(t.retry);
    await page.keyboard.press('Enter');
    expect(await focusedText(page)).toBe(format(t.progress, { n: 1, total }));
    // Every stop shows a visible focus outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await context.close();
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('reads well without JavaScript: every question, choice and explanation', async () => {
    const { page, context, external } = await watchedPage(browser, { javaScriptEnabled: false });
    for (const [path, id] of [
      [`/${locale}/quizzes/intro-decision/`, 'intro-decision'],
      [`/${locale}/lessons/contact-requests/`, 'lesson-contact-requests'],
    ] as const) {
      const quiz = readQuiz(locale, id);
      await page.goto(path);
      expect(await live(page).isVisible(), path).toBe(false);
      const staticQuiz = page.locator('.quiz--static');
      expect(await staticQuiz.isVisible(), path).toBe(true);
      const questions = staticQuiz.locator('.quiz__static-question');
      expect(await questions.count()).toBe(quiz.questions.length);
      for (const [index, question] of quiz.questions.entries()) {
        const item = questions.nth(index);
        expect(squash(await item.locator('.quiz__scenario').innerText())).toBe(squash(question.scenario));
        const disclosures = item.locator('details');
        expect(await disclosures.count()).toBe(question.choices.length);
        for (const [c, choice] of question.choices.entries()) {
          const details = disclosures.nth(c);
          expect(squash(await details.locator('summary').innerText())).toBe(squash(choice.label));
          await details.locator('summary').click();
          const text = squash(await details.innerText());
          expect(text).toContain(squash(choice.feedback));
          expect(text).toContain(choice.id === question.best ? t.best : t.notBest);
        }
      }
      if (id === 'intro-decision') expect(await staticQuiz.locator('.quiz__reply').count()).toBe(3);
    }
    await context.close();
    expect(external).toEqual([]);

    // axe needs JavaScript, so it checks the same static markup in a page where the <noscript>
    // wrapper is taken off and the island removed.
    const unwrapped = await watchedPage(browser);
    await unwrapped.context.route('**/quizzes/intro-decision/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<noscript>/g, '<div data-noscript>')
        .replace(/<\/noscript>/g, '</div>');
      await route.fulfill({ response, body: html });
    });
    await unwrapped.page.goto(`/${locale}/quizzes/intro-decision/`);
    await unwrapped.page.evaluate(() => document.querySelectorAll('astro-island').forEach((island) => island.remove()));
    await unwrapped.page.locator('[data-noscript] details').first().waitFor();
    await unwrapped.page.evaluate(() =>
      document.querySelectorAll('[data-noscript] details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    await expectNoAxe(unwrapped.page, 'the quiz without JavaScript');
    await unwrapped.context.close();
  });

  it('carries on quietly when saved progress is corrupt or storage is blocked', async () => {
    const key = storageKey('contact-triage');
    const quiz = readQuiz(locale, 'contact-triage');
    const values = [...unreadableText, ...Object.values(corruptProgress).map((value) => JSON.stringify(value))];
    const corrupt = values[locales.indexOf(locale) % values.length]!;

    const broken = await watchedPage(browser);
    await broken.context.addInitScript(
      ([k, v]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(k, v);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [key, corrupt] as const,
    );
    await broken.page.goto(`/${locale}/quizzes/contact-triage/`);
    await ready(broken.page);
    const notice = dictionaries[locale].saved.notice;
    await live(broken.page).getByText(notice.found).waitFor();
    const kept = () =>
      broken.page.evaluate(() =>
        Object.entries(localStorage)
          .filter(([key]) => key.startsWith('connector:aside:'))
          .map(([, value]) => JSON.parse(value).text),
      );
    expect(await kept()).toEqual([corrupt]);
    expect(squash(await live(broken.page).locator('.quiz__progress').textContent())).toBe(
      format(t.progress, { n: 1, total: quiz.questions.length }),
    );
    await expectNoAxe(broken.page, 'corrupt storage');
    await answerByMouse(broken.page, locale, quiz.questions[0]!.choices[0]!.label);
    // The answer is saved, and the unreadable value is still there, set aside, unchanged.
    expect((await saved(broken.page, 'contact-triage'))?.answers).toHaveLength(1);
    expect(await kept()).toEqual([corrupt]);
    await broken.page.goto(`/${locale}/quizzes/`);
    expect(await broken.page.locator('.quiz-card__best:visible').count()).toBe(0);
    await broken.context.close();
    expect(broken.problems).toEqual([]);

    const blocked = await watchedPage(browser);
    await blocked.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Storage is blocked', 'SecurityError');
        },
      });
    });
    await blocked.page.goto(`/${locale}/quizzes/contact-triage/`);
    await ready(blocked.page);
    expect(squash(await live(blocked.page).locator('.quiz__notice').textContent())).toBe(t.storageUnavailable);
    await expectNoAxe(blocked.page, 'blocked storage');
    const first = quiz.questions[0]!;
    await answerByMouse(blocked.page, locale, first.choices.find((c) => c.id === first.best)!.label);
    expect(squash(await feedback(blocked.page).innerText())).toContain(t.best);
    await live(blocked.page).getByRole('button', { name: t.next }).click();
    expect(squash(await live(blocked.page).locator('.quiz__progress').textContent())).toBe(
      format(t.progress, { n: 2, total: quiz.questions.length }),
    );
    await blocked.page.goto(`/${locale}/quizzes/`);
    expect(await blocked.page.locator('.quiz-card').count()).toBe(quizIds.length);
    await blocked.context.close();
    expect(blocked.problems).toEqual([]);
  });
});
