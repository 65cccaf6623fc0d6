import { todayIso } from '~/lib/calendar-date';
import { attemptDate, latestResult, QUIZ_HISTORY, type QuizTitles } from '~/lib/quiz-history';
import { parseStored } from '~/lib/stored-json';
import { persistentItem } from '~/stores/stored';

// Home page: the latest self-check result this device remembers, kept in step with other tabs.
const box = document.querySelector<HTMLElement>('[data-latest-check]');
const link = box?.querySelector<HTMLAnchorElement>('[data-latest-link]');
const band = box?.querySelector<HTMLElement>('[data-latest-band]');
const date = box?.querySelector<HTMLElement>('[data-latest-date]');
const quizzes = parseStored(box?.querySelector('script')?.textContent ?? undefined) as
  Record<string, QuizTitles & { href: string }> | undefined;

if (box && link && band && date && quizzes) {
  persistentItem(QUIZ_HISTORY).subscribe((history) => {
    const latest = latestResult(history, quizzes);
    box.hidden = !latest;
    if (!latest) return;
    link.textContent = latest.quizTitle;
    link.href = quizzes[latest.quizId]?.href ?? link.href;
    band.textContent = latest.bandTitle;
    date.textContent = attemptDate(latest.date, todayIso(new Date()), 'en-GB');
  });
}
