import { paragraphText, RESULT_TEXT, scoreQuiz, type SafetyKind } from '../src/lib/quiz';
import { historyLine } from '../src/lib/quiz-history';
import { HELPLINE_LINK, SAFETY_SECTIONS } from '../src/lib/quiz-words';
import {
  answerByKeyboard,
  expectedBandResult,
  expectedTitle,
  loadQuiz,
  plan,
  QUIZ_IDS,
  quizRegion,
  shownLink,
  shownResult,
} from './quiz-helpers';
import { expect, test } from './fixtures';

const PLAN_KEY = 'atb:v1:no-contact-plan';
const quizKey = (id: string) => `atb:v1:quiz:${id}`;

/** The local calendar date `days` days before today, as YYYY-MM-DD. */
function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test.describe('readiness quizzes', () => {
  for (const id of QUIZ_IDS) {
    test(`${id}: completed by keyboard alone, two different bands`, async ({ page }) => {
      test.setTimeout(90_000); // two full runs, key by key
      const quiz = loadQuiz(id);
      const titles: string[] = [];
      for (const aim of ['high', 'low'] as const) {
        const { picks, answers } = plan(quiz, aim);
        await page.goto(`quiz/${id}/`);
        await expect(page.getByText(`Question 1 of ${quiz.questions.length}`)).toBeVisible();
        // Into the quiz: focus its first heading, as a keyboard user arriving by Tab would land on the first option.
        await page.getByText(`Question 1 of ${quiz.questions.length}`).focus();
        for (const [i, question] of quiz.questions.entries()) {
          await expect(page.getByText(`Question ${i + 1} of ${quiz.questions.length}`)).toBeFocused();
          await expect(page.getByRole('group', { name: question.prompt })).toBeVisible();
          await answerByKeyboard(page, question, picks[i]!);
        }
        const title = expectedTitle(quiz, answers);
        const heading = page.getByRole('heading', { name: title });
        await expect(heading).toBeFocused();
        await expect(page.getByText(RESULT_TEXT.disclaimer)).toBeVisible();
        titles.push(title);
        // Start over, by keyboard too.
        await page.getByRole('button', { name: 'Start over' }).focus();
        await page.keyboard.press('Enter');
        await expect(page.getByText(`Question 1 of ${quiz.questions.length}`)).toBeVisible();
      }
      expect(new Set(titles).size, `bands reached: ${titles.join(' / ')}`).toBe(2);
    });
  }

  test("a band result shows the band's own text from the quiz file, the reasons from the answers, and links the chapters", async ({
    page,
  }) => {
    const quiz = loadQuiz('acceptance');
    const { picks, answers } = plan(quiz, 'low');
    await page.goto('quiz/acceptance/');
    await page.getByText(/^Question 1 of/).focus();
    for (const [i, question] of quiz.questions.entries()) await answerByKeyboard(page, question, picks[i]!);
    const scored = scoreQuiz(quiz, answers);
    if (scored.kind !== 'band') throw new Error(`expected a band result, got ${scored.kind}`);
    expect(scored.reasons.length, 'the plan should give reasons to show').toBeGreaterThan(0);
    const band = quiz.bands.find((b) => scored.score >= b.min && scored.score <= b.max)!;
    const result = page.getByRole('region', { name: band.title });
    await expect(result.getByRole('heading')).toBeFocused();
    const shown = await shownResult(result);
    expect(shown).toEqual(expectedBandResult(scored));
    expect([shown.heading, shown.paragraphs[1]]).toEqual([band.title, band.explanation].map((t) => t.replace(/\s+/g, ' ').trim()));
    await result.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/guide\/[a-z-]+\/$/);
  });

  /** What the page must show for the safety results of `kinds`, from SAFETY_SECTIONS alone. */
  function expectedSafety(kinds: SafetyKind[]) {
    const sections = kinds.map((k) => SAFETY_SECTIONS[k]);
    const runs = sections.flatMap((s) => s.paragraphs.flat());
    return {
      heading: sections[0]!.title,
      emphasised: runs.flatMap((run) => (typeof run === 'object' && 'strong' in run ? [run.strong] : [])),
      paragraphs: [...sections.flatMap((s) => [...s.paragraphs.map(paragraphText), ...s.help.map((l) => l.label)]), RESULT_TEXT.disclaimer],
      listItems: [],
      links: sections.flatMap((s) => [
        ...s.paragraphs.flat().flatMap((run) => (typeof run === 'object' && 'link' in run ? [shownLink(run.link)] : [])),
        ...s.help.map(shownLink),
      ]),
    };
  }

  for (const [quizId, flags, kinds] of [
    ['dating-motives', ['self-harm'], ['crisis']],
    ['ready-to-reach-out', ['violence'], ['abuse']],
    ['acceptance', ['no-contact-request'], ['request']],
    ['ready-to-reach-out', ['court-order', 'stalking', 'self-harm'], ['crisis', 'abuse', 'request']],
  ] as const) {
    test(`${quizId}: the safety question comes first, and ${flags.join(' + ')} goes straight to the ${kinds.join(', then ')} result`, async ({
      page,
    }) => {
      const quiz = loadQuiz(quizId);
      await page.goto(`quiz/${quizId}/`);
      const safety = quiz.questions[0]!;
      const group = page.getByRole('group', { name: safety.prompt });
      await expect(group).toBeVisible();
      await expect(group.getByText(/^We ask this first because /)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
      for (const flag of flags) await group.getByLabel(safety.options!.find((o) => o.safety === flag)!.label).check();
      await page.getByRole('button', { name: 'Next' }).click();
      const first = SAFETY_SECTIONS[kinds[0]];
      const result = page.getByRole('region', { name: first.title });
      await expect(result.getByRole('heading', { name: first.title })).toBeFocused();
      expect(await result.getByRole('heading').allInnerTexts()).toEqual(kinds.map((k) => SAFETY_SECTIONS[k].title));
      expect(await shownResult(result)).toEqual(expectedSafety([...kinds]));
      if (kinds.includes('crisis' as never)) {
        expect(shownLink(HELPLINE_LINK)).toEqual({ name: 'findahelpline.com', href: 'https://findahelpline.com', newTab: true });
        await expect(result.getByRole('link', { name: SAFETY_SECTIONS.crisis.help[0]!.label })).toHaveAttribute('href', /\/help\/#crisis$/);
      }
      if (kinds[0] === 'crisis' && kinds.length === 1) await expect(result).not.toContainText(/court|ex\b/);
      // No result is kept for a safety answer.
      expect(await page.evaluate(() => localStorage.getItem('atb:v1:quiz-history'))).toBeNull();
    });
  }

  test('a capping answer holds the result back and the result names it; under 30 days the days left are said', async ({ page }) => {
    const quiz = loadQuiz('ready-to-reach-out');
    const { picks, answers } = plan(quiz, 'high');
    const motive = quiz.questions.findIndex((q) => q.id === 'motive');
    const alone = quiz.questions[motive]!.options!.findIndex((o) => o.id === 'alone');
    picks[motive] = { kind: 'option', index: alone };
    answers['motive'] = 'alone';
    await page.goto('quiz/ready-to-reach-out/');
    for (const [i, question] of quiz.questions.entries()) {
      await page.getByText(`Question ${i + 1} of`).focus();
      await expect(page.getByRole('progressbar', { name: `Question ${i + 1} of ${quiz.questions.length}` })).toBeVisible();
      await answerByKeyboard(page, question, picks[i]!);
    }
    const scored = scoreQuiz(quiz, answers);
    if (scored.kind !== 'band' || !scored.heldBack) throw new Error('expected a held-back band result');
    expect(scored.band.id).toBe('not-yet');
    const result = page.getByRole('region', { name: scored.band.title });
    await expect(result.getByRole('heading')).toBeFocused();
    expect(await shownResult(result)).toEqual(expectedBandResult(scored));
    await expect(result.getByText('Fear of being alone is a big part of what pulls you back.')).toBeVisible();
    await expect(result.getByRole('list', { name: RESULT_TEXT.scale }).getByRole('listitem')).toHaveCount(3);

    // The same answers 12 days after the last contact: "Not yet", with 18 days to go.
    await page.getByRole('button', { name: 'Start over' }).click();
    const early = { ...answers, 'days-since-contact': 12, motive: 'miss-them' };
    const earlyPicks = [...picks];
    earlyPicks[motive] = { kind: 'option', index: quiz.questions[motive]!.options!.findIndex((o) => o.id === 'miss-them') };
    earlyPicks[quiz.questions.findIndex((q) => q.kind === 'days')] = { kind: 'days', days: 12 };
    for (const [i, question] of quiz.questions.entries()) {
      await page.getByText(`Question ${i + 1} of`).focus();
      await answerByKeyboard(page, question, earlyPicks[i]!);
    }
    const timed = scoreQuiz(quiz, early);
    if (timed.kind !== 'band') throw new Error('expected a band');
    await expect(page.getByText(timed.wait!)).toBeVisible();
    expect(timed.wait).toMatch(/18 days to go/);
    expect(await shownResult(page.getByRole('region', { name: timed.band.title }))).toEqual(
      expectedBandResult(
        timed,
        historyLine(
          [
            { date: '2026-01-01', band: 'not-yet' },
            { date: '2026-01-01', band: 'not-yet' },
          ],
          { 'not-yet': 'Not yet' },
          '2026-01-01',
        ),
      ),
    );
  });

  test('a second attempt shows the earlier result under the new one, and "Erase my answers" forgets it', async ({ page }) => {
    const quiz = loadQuiz('acceptance');
    await page.goto('quiz/acceptance/');
    const titles: string[] = [];
    for (const aim of ['low', 'high'] as const) {
      const { picks, answers } = plan(quiz, aim);
      for (const [i, question] of quiz.questions.entries()) {
        await page.getByText(`Question ${i + 1} of`).focus();
        await answerByKeyboard(page, question, picks[i]!);
      }
      titles.push(expectedTitle(quiz, answers));
      if (aim === 'low') {
        await expect(page.getByText(/^Earlier:/)).toHaveCount(0);
        await page.getByRole('button', { name: 'Start over' }).click();
      }
    }
    await expect(page.getByText(/^Earlier:/)).toHaveText(`Earlier: today — ${titles[0]}; today — ${titles[1]}`);
    await page.reload();
    await expect(page.getByText(/^Earlier:/)).toBeVisible();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('atb:v1:quiz-history') ?? '{}'));
    expect(Object.keys(stored.acceptance[0]).sort()).toEqual(['band', 'date']);
    await page.getByRole('button', { name: 'Erase my answers' }).click();
    expect(await page.evaluate(() => localStorage.getItem('atb:v1:quiz-history'))).toBeNull();
  });

  test('focus is on the new question the moment it shows, so keys pressed next are not lost', async ({ page }) => {
    await page.goto('quiz/acceptance/');
    const region = quizRegion(page);
    const next = region.getByRole('button', { name: 'Next' });
    await expect(next).toBeEnabled();
    await region.getByRole('checkbox').last().check();
    // Watch the heading: when its text changes to question 2, focus must already be on it.
    // (A focus moved a frame later leaves a gap where Tab or Space goes to the wrong place.)
    const focusWhenShown = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const heading = document.querySelector<HTMLElement>('[data-island="quiz"] .progress')!;
          const observer = new MutationObserver(() => {
            if (!/Question 2 of/.test(heading.textContent ?? '')) return;
            observer.disconnect();
            resolve(document.activeElement === heading ? 'heading' : (document.activeElement?.tagName ?? 'none'));
          });
          observer.observe(heading, { characterData: true, childList: true, subtree: true });
        }),
    );
    await next.click();
    expect(await focusWhenShown).toBe('heading');
  });

  test('Next without an answer shows a message tied to the question, and nothing advances', async ({ page }) => {
    await page.goto('quiz/acceptance/');
    await page.getByRole('button', { name: 'Next' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText('Choose at least one answer to go on.');
    const group = page.getByRole('group', { name: loadQuiz('acceptance').questions[0]!.prompt });
    await expect(group).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await group.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await alert.getAttribute('id'));
    await expect(page.getByText(/^Question 1 of/)).toBeVisible();
  });

  test('the days question rejects a non-number without advancing', async ({ page }) => {
    const quiz = loadQuiz('ready-to-reach-out');
    await page.goto('quiz/ready-to-reach-out/');
    await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
    await page.getByLabel('None of these').check();
    await page.getByRole('button', { name: 'Next' }).click();
    const days = page.getByLabel('Number of days');
    await days.fill('abc');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('alert')).toHaveText(/whole number of days/);
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(`Question 2 of ${quiz.questions.length}`)).toBeVisible();
  });

  test('reloading mid-quiz resumes, in another tab too', async ({ page, context }) => {
    const quiz = loadQuiz('acceptance');
    const { picks } = plan(quiz, 'high');
    await page.goto('quiz/acceptance/');
    for (let i = 0; i < 3; i++) {
      await page.getByText(`Question ${i + 1} of`).focus();
      await answerByKeyboard(page, quiz.questions[i]!, picks[i]!);
    }
    await expect(page.getByText('Question 4 of')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Question 4 of')).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    const third = quiz.questions[2]!;
    const chosen = third.options![(picks[2] as { index: number }).index]!;
    await expect(page.getByLabel(chosen.label)).toBeChecked();

    const other = await context.newPage();
    await other.goto('quiz/acceptance/');
    await expect(other.getByText('Question 3 of')).toBeVisible();
    await other.close();
  });

  test('"Erase my answers" removes them from the device', async ({ page }) => {
    const quiz = loadQuiz('dating-motives');
    const { picks } = plan(quiz, 'high');
    await page.goto('quiz/dating-motives/');
    for (const [i, question] of quiz.questions.entries()) {
      await page.getByText(`Question ${i + 1} of`).focus();
      await answerByKeyboard(page, question, picks[i]!);
    }
    expect(await page.evaluate((key) => localStorage.getItem(key), quizKey('dating-motives'))).not.toBeNull();
    await page.getByRole('button', { name: 'Erase my answers' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'erased' })).toBeVisible();
    await expect(page.getByText('Question 1 of')).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), quizKey('dating-motives'))).toBeNull();
    await page.reload();
    await expect(page.getByText('Question 1 of')).toBeVisible();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  });

  test('the days question is pre-filled from the tracker, and stays editable', async ({ page }) => {
    await page.addInitScript(
      ([key, value]) => {
        if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
      },
      [PLAN_KEY, JSON.stringify({ lastContact: daysAgo(33), lengthDays: 45, slips: [] })],
    );
    await page.goto('quiz/ready-to-reach-out/');
    await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
    await page.getByLabel('None of these').check();
    await page.getByRole('button', { name: 'Next' }).click();
    const days = page.getByLabel('Number of days');
    await expect(days).toHaveValue('33');
    await expect(page.getByText('Filled in from your no-contact tracker')).toBeVisible();
    await days.fill('50');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Question 3 of')).toBeVisible();
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), quizKey('ready-to-reach-out'));
    expect(stored.answers['days-since-contact']).toBe(50);
  });

  test('no answer ever reaches a URL, the title or a request', async ({ page }) => {
    const quiz = loadQuiz('acceptance');
    const { picks, answers } = plan(quiz, 'low');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
    await page.goto('quiz/acceptance/');
    const url = page.url();
    const title = await page.title();
    for (const [i, question] of quiz.questions.entries()) {
      await page.getByText(`Question ${i + 1} of`).focus();
      await answerByKeyboard(page, question, picks[i]!);
    }
    await expect(page.getByRole('heading', { name: expectedTitle(quiz, answers) })).toBeVisible();
    expect(page.url()).toBe(url);
    expect(await page.title()).toBe(title);
    const answerWords = Object.values(answers).flat().map(String);
    for (const request of requests) {
      expect(request.startsWith('GET ')).toBe(true);
      for (const word of answerWords) expect(request, `request carries answer "${word}"`).not.toContain(word);
    }
  });

  test('"Share this quiz" shares the quiz URL only', async ({ page }) => {
    await page.goto('quiz/acceptance/');
    const share = page.getByText('Share this quiz');
    await share.click();
    const email = page.getByRole('link', { name: 'Email' });
    const href = decodeURIComponent((await email.getAttribute('href')) ?? '');
    expect(href).toContain('/quiz/acceptance/');
    expect(href).not.toMatch(/\?.*answers|#/);
  });
});

test.describe('quizzes without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const id of QUIZ_IDS) {
    test(`${id}: every question, its options and a scoring key`, async ({ page }) => {
      const quiz = loadQuiz(id);
      await page.goto(`quiz/${id}/`);
      const visibleText = (text: string, exact = true) => page.getByText(text, { exact }).filter({ visible: true });
      for (const question of quiz.questions) await expect(visibleText(question.prompt)).toHaveCount(1);
      for (const option of quiz.questions.flatMap((q) => q.options ?? [])) {
        await expect(visibleText(option.label, false).first()).toBeVisible();
      }
      await expect(page.getByRole('heading', { name: 'Scoring key' })).toBeVisible();
      for (const band of quiz.bands) await expect(visibleText(band.title, false).first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Next' })).toBeHidden();
    });
  }
});

test.describe('a quiz inside a chapter', () => {
  test('loads its code only when it scrolls into view, then works', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (/QuizRunner/.test(request.url())) loaded.push(request.url());
    });
    await page.goto('guide/acceptance/');
    await page.waitForLoadState('networkidle');
    expect(loaded, 'quiz code loaded before the quiz was visible').toEqual([]);
    const quiz = quizRegion(page);
    await quiz.scrollIntoViewIfNeeded();
    await expect.poll(() => loaded.length).toBeGreaterThan(0);
    await quiz.getByRole('button', { name: 'Next' }).click();
    await expect(quiz.getByRole('alert')).toBeVisible();
  });

  test("keeps the self-check's data out of the chapter, and fetches it as the self-check comes near", async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/quiz/acceptance/island.json')) fetched.push(request.url());
    });
    await page.goto('guide/acceptance/');
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    // The island's own props in the page are a few ids; the questions and results come from the file.
    const inline = await page.locator('[data-island="quiz"] > script[type="application/json"]').textContent();
    expect(JSON.parse(inline ?? '{}')).toEqual({ quizId: 'acceptance', base: expect.any(String), level: 3 });
    const quiz = quizRegion(page);
    await quiz.scrollIntoViewIfNeeded();
    await expect.poll(() => fetched.length).toBe(1);
    await quiz.getByRole('button', { name: 'Next' }).click();
    await expect(quiz.getByRole('alert')).toBeVisible();
  });

  test.describe(() => {
    test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] });
    test('sends the reader to its own page, and to help, when its data cannot be fetched', async ({ page }) => {
      await page.route('**/quiz/acceptance/island.json', (route) => route.abort());
      await page.goto('guide/acceptance/');
      await quizRegion(page).scrollIntoViewIfNeeded();
      // The whole widget: the island, and the version without it beside it.
      const widget = page.locator('[data-quiz="acceptance"]');
      await expect(widget.getByRole('link', { name: 'Take it on its own page' })).toBeVisible();
      await expect(widget.getByRole('link', { name: 'crisis lines and where to find help' })).toBeVisible();
      await expect(widget.getByRole('button', { name: 'Next' })).toBeHidden();
      await widget.getByRole('link', { name: 'Take it on its own page' }).click();
      await expect(page).toHaveURL(/\/quiz\/acceptance\/$/);
      await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
    });
  });
});
