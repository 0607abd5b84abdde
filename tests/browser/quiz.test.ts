/**
 * The quizzes in every language, the way a reader meets them: by mouse (right and wrong answers,
 * feedback, reload and resume, result, review, replies, retry), by keyboard alone, without
 * JavaScript, with broken or blocked storage, and on a lesson page that loads none of the quiz's
 * code until the quiz nears the viewport. axe runs at every step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clipboard, locales, readClipboard, useBrowser, watchedPage } from '../support/browser.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';
import { expectNoAxe } from '../support/axe.ts';
import { filesIn, readYaml } from '../support/content.ts';
import { dictionaries, format } from '../../src/i18n/index.ts';
import { quizSchema, type QuizData } from '../../src/islands/quiz/schema.ts';
import { choiceOrder, seedFrom, type QuizShape } from '../../src/islands/quiz/quiz.ts';
import { storageKey } from '../../src/islands/quiz/progress.ts';
import type { Decision } from '../../src/islands/builders/intro-reply/intro-reply.ts';
import { introReply } from '../../src/islands/builders/intro-reply/reply.ts';
import { introReplies, lessonQuizId, quizPath } from '../../src/islands/quiz/props.ts';
import { corruptProgress, unreadableText } from '../fixtures/quiz.ts';
import { islandBudgetBytes, scriptWeight } from '../support/budgets.ts';
import { blockStorage, seedStorage, setAside } from '../support/saved.ts';
import { escaped, filled } from '../support/strings.ts';
import { progressRead, quizProgress as progress, quizReady as ready } from '../support/quiz.ts';
import { holdBack } from '../support/network.ts';

const browser = useBrowser();

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

/**
 * The quiz as a reader finds it: in the page's main content, which holds one quiz (the static one
 * in <noscript> is not on the page while JavaScript runs).
 */
const live = (page: Page) => page.getByRole('main');
/** The verdict the explanation opens with, after a check: "Best choice." or "Not the best choice." */
const verdict = (page: Page, text: string) => live(page).getByText(text, { exact: true });
/** The explanation's link to the lesson section the question is about. */
const sectionLink = (page: Page, locale: Locale) =>
  live(page).getByRole('link', { name: filled(strings(locale).readMore) });
/** The score on the result: "You picked the best choice in 7 of 8 questions." */
const scoreText = (page: Page, locale: Locale, score: number, total: number) =>
  live(page).getByText(format(strings(locale).result, { score, total }), { exact: true });
/** The best scores the quizzes page shows (filled in by its script; hidden while there is none). */
const bestScores = (page: Page, locale: Locale) =>
  page.getByRole('main').getByText(filled(dictionaries[locale].quiz.page.best)).filter({ visible: true });
/** The quizzes page's cards: the list items whose heading links to a quiz. */
const quizCards = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) });

/** The labels of the current question's choices, in the order shown. */
async function shownLabels(page: Page): Promise<string[]> {
  const labels = await live(page)
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.innerText ?? ''));
  return labels.map((text) => squash(text));
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
    const { page, context, problems, external } = await watchedPage(browser(), clipboard);
    const weight = scriptWeight(page);
    await page.goto(`/${locale}/quizzes/intro-decision/`);
    await ready(page);
    const hydrated = await weight();
    const seed = seedFrom('intro-decision');
    expect(squash(await progress(page, locale).textContent())).toBe(format(t.progress, { n: 1, total }));
    expect(await shownLabels(page)).toEqual(expectedLabels(quiz, seed, 0));
    await expectNoAxe(page, 'first question');

    // Checking without a choice says so and leaves the question as it was.
    await live(page).getByRole('button', { name: t.check }).click();
    await live(page).getByText(t.chooseFirst, { exact: true }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    await expectNoAxe(page, 'error');

    // A wrong answer: its own explanation, then the best one, and the lesson section.
    const first = quiz.questions[0]!;
    const wrong = first.choices.find((c) => c.id !== first.best)!;
    const best = first.choices.find((c) => c.id === first.best)!;
    await answerByMouse(page, locale, wrong.label);
    const told = verdict(page, t.notBest);
    await told.waitFor();
    for (const text of [
      format(t.yourAnswer, { label: wrong.label }),
      squash(wrong.feedback),
      format(t.bestAnswer, { label: best.label }),
      squash(best.feedback),
    ])
      expect(await live(page).getByText(text).isVisible(), text).toBe(true);
    // The explanation is said as it appears: it stands in a polite live region.
    expect(await told.evaluate((el) => el.closest('[aria-live]')?.getAttribute('aria-live'))).toBe('polite');
    const section = await sectionLink(page, locale).getAttribute('href');
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
    await verdict(page, t.best).waitFor();
    expect(await live(page).getByText(squash(secondBest.feedback)).isVisible()).toBe(true);
    expect(
      await live(page)
        .getByText(format(t.bestAnswer, { label: secondBest.label }))
        .count(),
    ).toBe(0);
    await expectNoAxe(page, 'right answer');

    // A reload resumes at the next question, in the same order.
    await page.reload();
    await ready(page);
    expect(squash(await progress(page, locale).textContent())).toBe(format(t.progress, { n: 3, total }));
    expect(await shownLabels(page)).toEqual(expectedLabels(quiz, seed, 2));
    for (const notice of [t.storageFull, t.storageUnavailable])
      expect(await live(page).getByText(notice).count()).toBe(0);

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
    // The review is the result's list, one item per question (the page has no other list).
    const review = live(page).getByRole('listitem');
    expect(await review.count()).toBe(total);
    const firstReview = squash(await review.first().innerText());
    expect(firstReview).toContain(format(t.yourAnswer, { label: wrong.label }));
    expect(firstReview).toContain(t.notBest);
    expect(squash(await review.nth(1).innerText())).toContain(t.best);
    expect((await saved(page, 'intro-decision'))?.best).toBe(total - 1);
    await expectNoAxe(page, 'result');

    // One reply per decision, for the last situation, each under its heading, copied exactly as
    // shown. (A reply has no role of its own: its block is found by its class, its parts by role.)
    const last = quiz.questions.at(-1)!;
    const replies = live(page).locator('.quiz__reply');
    expect(await replies.count()).toBe(3);
    // The longest label first, so that no label is taken for another it begins with.
    const byLength = [...last.choices].sort((a, b) => b.label.length - a.label.length);
    const found: string[] = [];
    for (let i = 0; i < 3; i++) {
      const reply = replies.nth(i);
      const heading = squash(await reply.getByRole('heading').textContent());
      const choice = byLength.find((c) => heading.startsWith(squash(c.label)))!;
      const decision = choice.id as Decision;
      found.push(decision);
      const expected = introReply(locale, {
        introducer: last.reply!.introducer,
        contact: last.reply!.contact,
        decision,
        ...(decision === last.best ? { detail: last.reply!.detail } : {}),
        ...(last.reply!.later ? { later: String(last.reply!.later) as '2' } : {}),
        ...(last.reply!.change ? { change: last.reply!.change } : {}),
      });
      expect(await reply.getByText(expected, { exact: true }).isVisible(), decision).toBe(true);
      // The copy button names its reply: "Copy: Accept now" (the name is hidden from sight).
      const copy = reply.getByRole('button', {
        name: new RegExp(`^${escaped(t.copy)}\\s*:\\s*${escaped(squash(choice.label))}$`),
      });
      await copy.click();
      await expect.poll(async () => squash(await reply.getByRole('status').textContent())).toBe(t.copied);
      const copied = await readClipboard(page);
      expect(copied, decision).toBe(expected);
      expect(copied, decision).not.toContain(SOFT_HYPHEN);
    }
    expect(found.sort()).toEqual(last.choices.map((c) => c.id).sort());
    // The reply that fits the last situation says so in its heading.
    const fitting = last.choices.find((choice) => choice.id === last.best)!.label;
    expect(squash(await live(page).getByRole('heading', { name: t.fitsLast }).textContent())).toContain(
      squash(fitting),
    );

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
    const card = quizCards(page).filter({ has: page.getByRole('link', { name: quiz.title, exact: true }) });
    await card
      .getByText(format(dictionaries[locale].quiz.page.best, { score: total - 1, total }), { exact: true })
      .waitFor();
    expect(await bestScores(page, locale).count()).toBe(1);
    await expectNoAxe(page, 'quizzes page');

    await context.close();
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('lists every quiz, each linking to where it is taken', async () => {
    const { page, context, problems } = await watchedPage(browser());
    // A lesson's quiz is at the end of the lesson, the others have a page of their own.
    await page.goto(`/${locale}/quizzes/`);
    const links = await quizCards(page)
      .getByRole('heading', { level: 2 })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const ordered = quizIds.map((id) => readQuiz(locale, id)).sort((a, b) => a.order - b.order);
    expect(links).toEqual(ordered.map((quiz) => quizPath(locale, quiz.id, quiz.lesson)));
    // Nothing saved yet: no score is shown.
    expect(await bestScores(page, locale).count()).toBe(0);
    await context.close();
    expect(problems).toEqual([]);
  });

  // Each quiz is answered through in one locale, the locales taking turns: the flow is the same
  // code in every language, the content's best answers and section links are checked for every
  // locale without a browser (tests/unit/quizzes.test.ts, the links of the no-JS quiz in
  // tests/dist/site.test.ts), and intro-decision is answered through in every locale above.
  const fullMarks = quizIds
    .filter((id) => id !== 'intro-decision')
    .filter((_, i) => i % locales.length === locales.indexOf(locale));
  it.each(fullMarks)('%s: the best answers score full marks', async (id) => {
    const { page, context, problems, external } = await watchedPage(browser());
    const quiz = readQuiz(locale, id);
    await page.goto(quizPath(locale, id, quiz.lesson));
    await ready(page);
    if (id === lessonQuizId(quiz.lesson)) {
      const region = page.getByRole('region', { name: dictionaries[locale].quiz.lessonQuiz });
      expect(await region.isVisible()).toBe(true);
    } else expect(squash(await page.getByRole('heading', { level: 1 }).textContent())).toBe(quiz.title);
    for (const [index, question] of quiz.questions.entries()) {
      // The situation names the group of choices.
      const choices = live(page).getByRole('group', { name: squash(question.scenario) });
      expect(await choices.getByRole('radio').count(), question.id).toBe(question.choices.length);
      await answerByMouse(page, locale, question.choices.find((c) => c.id === question.best)!.label);
      await verdict(page, t.best).waitFor();
      const href = await sectionLink(page, locale).getAttribute('href');
      expect(href).toBe(`/${locale}/lessons/${quiz.lesson}/#${question.section}`);
      await live(page)
        .getByRole('button', { name: index === quiz.questions.length - 1 ? t.finish : t.next })
        .click();
    }
    const total = quiz.questions.length;
    expect(await scoreText(page, locale, total, total).isVisible()).toBe(true);
    expect(await live(page).getByRole('heading', { name: t.repliesTitle }).count()).toBe(0);
    await page.goto(`/${locale}/quizzes/`);
    await expect.poll(() => bestScores(page, locale).count()).toBe(1);
    await context.close();
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  it('a lesson quiz by keyboard before it has hydrated: Tab never skips it, and a choice made at once is kept', async () => {
    const slug = 'reconnecting';
    const quiz = readQuiz(locale, `lesson-${slug}`);
    const { page, context, problems } = await watchedPage(browser(), { viewport: { width: 1280, height: 800 } });
    // The quiz's code arrives only when the test lets it: everything below happens before hydration.
    const release = await holdBack(context, /\/_astro\/Quiz\.[\w-]+\.js$/);
    await page.goto(`/${locale}/lessons/${slug}/`);
    const copy = page.getByRole('button', { name: dictionaries[locale].lesson.copy, exact: true });
    await copy.last().focus();
    // Tab from the last Copy button of the lesson: the first stop in the quiz is its first choice,
    // and nothing after the quiz comes first.
    const region = await page.getByRole('region', { name: dictionaries[locale].quiz.lessonQuiz }).elementHandle();
    let landed = '';
    for (let i = 0; i < 15 && !landed; i++) {
      await page.keyboard.press('Tab');
      landed = await page.evaluate((quizBlock) => {
        const active = document.activeElement!;
        if (quizBlock!.contains(active)) return (active as HTMLInputElement).type || active.tagName;
        return quizBlock!.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after the quiz' : '';
      }, region);
    }
    expect(landed).toBe('radio');
    // Still before hydration: the island has not marked itself ready.
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
    await verdict(page, t.best).waitFor();
    expect((await saved(page, quiz.id))?.answers).toEqual([{ question: quiz.questions[0]!.id, choice: order[best] }]);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('a lesson quiz by keyboard alone, its code loaded only as it nears the viewport', async () => {
    const slug = 'reconnecting';
    const quiz = readQuiz(locale, `lesson-${slug}`);
    const total = quiz.questions.length;
    const { page, context, problems, external } = await watchedPage(browser(), {
      colorScheme: 'dark',
      viewport: { width: 1280, height: 800 },
    });
    const weight = scriptWeight(page);
    await page.goto(`/${locale}/lessons/${slug}/`);
    const before = (await weight()).files;
    expect(before.filter((s) => /quiz|client|react/i.test(s.path))).toEqual([]);

    // Scrolling the quiz near the viewport loads and hydrates it.
    const region = page.getByRole('region', { name: dictionaries[locale].quiz.lessonQuiz });
    await region.getByRole('heading', { name: dictionaries[locale].quiz.lessonQuiz }).scrollIntoViewIfNeeded();
    await ready(page);
    const { bytes } = await weight();
    console.log(`JS of /${locale}/lessons/${slug}/ after the quiz hydrates: ${(bytes / 1024).toFixed(1)} KB gzip`);
    expect(bytes).toBeLessThanOrEqual(islandBudgetBytes);
    await expectNoAxe(page, 'lesson quiz, hydrated');

    // From the paragraph before the quiz, Tab reaches the choices.
    await region.getByText(squash(quiz.description), { exact: true }).evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');

    // Check without a choice: the error, and focus back on the choices.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(t.check);
    await page.keyboard.press('Enter');
    await live(page).getByText(t.chooseFirst, { exact: true }).waitFor();
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
      expect(await verdict(page, index === 0 ? t.notBest : t.best).isVisible()).toBe(true);
      // A wrong answer's explanation, then a right one's: the later questions show the same parts.
      if (index < 2) await expectNoAxe(page, `keyboard, question ${index + 1} answered`);
      await page.keyboard.press('Enter');
    }
    expect(await focusedText(page)).toBe(t.resultTitle);
    expect(await scoreText(page, locale, total - 1, total).isVisible()).toBe(true);
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
    const { page, context, external } = await watchedPage(browser(), { javaScriptEnabled: false });
    for (const [path, id] of [
      [`/${locale}/quizzes/intro-decision/`, 'intro-decision'],
      [`/${locale}/lessons/contact-requests/`, 'lesson-contact-requests'],
    ] as const) {
      const quiz = readQuiz(locale, id);
      await page.goto(path);
      // On a quiz page the quiz is the main content; in a lesson, its last section.
      const inLesson = path.includes('/lessons/');
      // The island's controls are not shown: nothing to press that could not work.
      expect(await page.getByRole('main').getByRole('radio').count(), path).toBe(0);
      expect(await page.getByRole('button', { name: t.check }).count(), path).toBe(0);
      // The static quiz stands in <noscript>, whose text Playwright's text matching skips: its
      // parts are found by role, and what they say is read from them.
      const staticQuiz = inLesson
        ? page.getByRole('region', { name: dictionaries[locale].quiz.lessonQuiz })
        : page.getByRole('main');
      expect(squash(await staticQuiz.innerText()), path).toContain(squash(dictionaries[locale].quiz.noScript));
      // One item per question: the ones that hold a list (of choices).
      const questions = staticQuiz.getByRole('listitem').filter({ has: page.getByRole('list') });
      expect(await questions.count()).toBe(quiz.questions.length);
      for (const [index, question] of quiz.questions.entries()) {
        const item = questions.nth(index);
        expect(squash(await item.innerText())).toContain(squash(question.scenario));
        // Each choice is a disclosure (a group) that opens on its explanation.
        const disclosures = item.getByRole('group');
        expect(await disclosures.count()).toBe(question.choices.length);
        for (const [c, choice] of question.choices.entries()) {
          const details = disclosures.nth(c);
          expect(squash(await details.innerText())).toBe(squash(choice.label));
          await details.click();
          const text = squash(await details.innerText());
          expect(text).toContain(squash(choice.feedback));
          expect(text).toContain(choice.id === question.best ? t.best : t.notBest);
        }
      }
      if (id === 'intro-decision') {
        const shown = squash(await staticQuiz.innerText());
        for (const reply of introReplies(locale, quiz, null))
          expect(shown, reply.decision).toContain(squash(reply.text));
      }
    }
    await context.close();
    expect(external).toEqual([]);

    // axe needs JavaScript, so it checks the same static markup in a page where the <noscript>
    // wrapper is taken off and the island removed.
    const unwrapped = await watchedPage(browser());
    await unwrapped.context.route('**/quizzes/intro-decision/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<noscript>/g, '<div data-noscript>')
        .replace(/<\/noscript>/g, '</div>');
      await route.fulfill({ response, body: html });
    });
    await unwrapped.page.goto(`/${locale}/quizzes/intro-decision/`);
    await unwrapped.page.evaluate(() => document.querySelectorAll('astro-island').forEach((island) => island.remove()));
    await unwrapped.page.getByRole('main').getByRole('group').first().waitFor();
    await unwrapped.page.evaluate(() =>
      document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    await expectNoAxe(unwrapped.page, 'the quiz without JavaScript');
    await unwrapped.context.close();
  });

  it('carries on quietly when saved progress is corrupt or storage is blocked', async () => {
    const key = storageKey('contact-triage');
    const quiz = readQuiz(locale, 'contact-triage');
    const values = [...unreadableText, ...Object.values(corruptProgress).map((value) => JSON.stringify(value))];
    const corrupt = values[locales.indexOf(locale) % values.length]!;

    const broken = await watchedPage(browser());
    await seedStorage(broken.context, { [key]: corrupt });
    await broken.page.goto(`/${locale}/quizzes/contact-triage/`);
    await ready(broken.page);
    const notice = dictionaries[locale].saved.notice;
    await live(broken.page).getByText(notice.found).waitFor();
    expect(await setAside(broken.page)).toEqual([corrupt]);
    expect(squash(await progress(broken.page, locale).textContent())).toBe(
      format(t.progress, { n: 1, total: quiz.questions.length }),
    );
    await expectNoAxe(broken.page, 'corrupt storage');
    await answerByMouse(broken.page, locale, quiz.questions[0]!.choices[0]!.label);
    // The answer is saved, and the unreadable value is still there, set aside, unchanged.
    expect((await saved(broken.page, 'contact-triage'))?.answers).toHaveLength(1);
    expect(await setAside(broken.page)).toEqual([corrupt]);
    await broken.page.goto(`/${locale}/quizzes/`);
    expect(await bestScores(broken.page, locale).count()).toBe(0);
    await broken.context.close();
    expect(broken.problems).toEqual([]);

    const blocked = await watchedPage(browser());
    await blockStorage(blocked.context);
    await blocked.page.goto(`/${locale}/quizzes/contact-triage/`);
    await ready(blocked.page);
    await live(blocked.page).getByRole('status').filter({ hasText: t.storageUnavailable }).waitFor();
    await expectNoAxe(blocked.page, 'blocked storage');
    const first = quiz.questions[0]!;
    await answerByMouse(blocked.page, locale, first.choices.find((c) => c.id === first.best)!.label);
    await verdict(blocked.page, t.best).waitFor();
    await live(blocked.page).getByRole('button', { name: t.next }).click();
    expect(squash(await progress(blocked.page, locale).textContent())).toBe(
      format(t.progress, { n: 2, total: quiz.questions.length }),
    );
    await blocked.page.goto(`/${locale}/quizzes/`);
    expect(await quizCards(blocked.page).count()).toBe(quizIds.length);
    await blocked.context.close();
    expect(blocked.problems).toEqual([]);
  });
});

describe('a quiz page', () => {
  it('runs its quiz on first use, keeps a choice made before it ran, and shows saved progress unused', async () => {
    const t = strings('en');
    const quiz = readQuiz('en', 'contact-triage');
    const { page, context, problems } = await watchedPage(browser());
    const release = await holdBack(context, '**/_astro/Quiz.*.js');
    await page.goto('/en/quizzes/contact-triage/');
    const first = quiz.questions[0]!;
    const best = first.choices.find((c) => c.id === first.best)!;
    // The first use starts the island, whose code is held on the way: the choice lands in the page's form.
    await live(page).getByRole('radio', { name: best.label, exact: true }).check();
    release();
    await ready(page);
    expect(await live(page).getByRole('radio', { name: best.label, exact: true }).isChecked()).toBe(true);
    await live(page).getByRole('button', { name: t.check, exact: true }).click();
    await verdict(page, t.best).waitFor();
    // Progress saved: after a reload the island runs by itself and goes on where the reader was.
    await page.reload();
    await progressRead(page);
    expect(squash(await progress(page, 'en').textContent())).toBe(
      format(t.progress, { n: 2, total: quiz.questions.length }),
    );
    expect(problems).toEqual([]);
  });
});
