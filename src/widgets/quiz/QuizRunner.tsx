import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ChapterLink } from '~/data/chapters';
import { DAYS_SINCE_CONTACT, type Answer, type Quiz } from '~/lib/quiz';
import { historyLine } from '~/lib/quiz-history';
import type { ResultWords } from '~/lib/quiz-words';
import { EMPTY_PROGRESS } from '~/lib/quiz-progress';
import { currentStep, DAYS_FIELD_LENGTH, daysFieldText, isChosen, prefillFor, shownResult, toggleOption } from '~/lib/quiz-steps';
import { $daysSinceContact } from '~/stores/no-contact-plan';
import { $today } from '~/stores/today';
import QuizResult from './QuizResult';
import { $quizHistory, eraseQuiz, goToStep, quizProgressStore, recordAnswer, submitStep } from './store';
import { useStore } from '../shared/use-store';

interface Props {
  quizId: string;
  quiz: Quiz;
  /** Chapter slug → title and URL (with base path). */
  chapters: Record<string, ChapterLink>;
  /** The site's base path (`/`, `/guide-site/`), put before the result's own site paths. */
  base: string;
  /** Heading level of the question and result headings: 2 on the quiz page, 3 inside a chapter. */
  level?: 2 | 3;
  /** The fixed words of results, passed as data so the island's script does not carry them. */
  words: ResultWords;
}

/**
 * A readiness quiz, one question at a time, kept on this device. Renders and
 * dispatches only: scoring lives in src/lib/quiz.ts, moving through the
 * questions in src/lib/quiz-steps.ts, state in ./store.ts.
 */
export default function QuizRunner({ quizId, quiz, chapters, base, level = 2, words }: Props) {
  const progress = useStore(quizProgressStore(quizId), EMPTY_PROGRESS);
  const daysSinceContact = useStore($daysSinceContact, undefined);
  const history = useStore($quizHistory, {});
  const today = useStore($today, '');
  const [error, setError] = useState('');
  const [draftDays, setDraftDays] = useState<string | undefined>(undefined);
  const [erased, setErased] = useState(false);
  // Controls stay disabled until hydrated: a choice made on the server-rendered markup would be lost.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const total = quiz.questions.length;
  const step = currentStep(quiz, progress);
  const question = quiz.questions[step]!;
  const result = shownResult(quiz, progress);
  const showResult = result !== undefined;
  const Heading = level === 2 ? 'h2' : 'h3';
  const ids = {
    progress: `${quizId}-progress`,
    legend: `${quizId}-q`,
    hint: `${quizId}-hint`,
    error: `${quizId}-error`,
    days: `${quizId}-days`,
  };

  // Focus follows the reader: to the new question after Next/Back, to the result when it appears.
  // A layout effect moves it in the same task as the new question renders; a plain effect waits
  // for the next frame, and would pull focus away from keys pressed in between.
  useLayoutEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = false;
  }, [step, showResult]);

  const stored = progress.answers[question.id];
  const prefill = prefillFor(question, { [DAYS_SINCE_CONTACT]: daysSinceContact });
  const daysText = draftDays ?? daysFieldText(stored, prefill);

  function answer(value: Answer) {
    setError('');
    setErased(false);
    recordAnswer(quizId, question.id, value);
  }

  function next() {
    if (!submitStep(quizId, quiz, daysText)) {
      setError(words.step.unanswered[question.kind]);
      return;
    }
    setError('');
    setDraftDays(undefined);
    moved.current = true;
  }

  function back() {
    setError('');
    setDraftDays(undefined);
    moved.current = true;
    goToStep(quizId, step - 1);
  }

  function restart(message: boolean) {
    eraseQuiz(quizId, message);
    setError('');
    setDraftDays(undefined);
    setErased(message);
    moved.current = true;
  }

  if (result) {
    return (
      <QuizResult
        id={`${quizId}-result`}
        result={result}
        chapters={chapters}
        base={base}
        level={level}
        headingRef={headingRef}
        words={words}
        history={
          result.kind === 'band'
            ? historyLine(history[quizId] ?? [], Object.fromEntries(quiz.bands.map((b) => [b.id, b.title])), today)
            : undefined
        }
      >
        <div class="actions">
          <button type="button" onClick={() => restart(false)}>
            Start over
          </button>
          <button type="button" class="secondary" onClick={() => restart(true)}>
            Erase my answers
          </button>
        </div>
      </QuizResult>
    );
  }

  return (
    <div class="quiz-step">
      {erased && (
        <p class="erased" role="status">
          {words.step.erased}
        </p>
      )}
      <Heading class="progress" id={ids.progress} tabIndex={-1} ref={headingRef}>
        Question {step + 1} of {total}
      </Heading>
      <progress class="progress-bar" max={total} value={step + 1} aria-labelledby={ids.progress} />
      <fieldset
        aria-describedby={[question.hint ? ids.hint : '', error ? ids.error : ''].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? 'true' : undefined}
      >
        <legend id={ids.legend}>{question.prompt}</legend>
        {question.hint && (
          <p class="hint" id={ids.hint}>
            {question.hint}
          </p>
        )}
        {question.kind === 'days' ? (
          <div class="days">
            <label for={ids.days}>Number of days</label>
            <input
              id={ids.days}
              type="text"
              maxLength={DAYS_FIELD_LENGTH}
              disabled={!mounted}
              inputMode="numeric"
              pattern="[0-9]*"
              autoComplete="off"
              value={daysText}
              aria-describedby={
                [prefill !== undefined ? `${ids.days}-note` : '', error ? ids.error : ''].filter(Boolean).join(' ') || undefined
              }
              aria-invalid={error ? 'true' : undefined}
              onInput={(e) => {
                setDraftDays((e.currentTarget as HTMLInputElement).value);
                setError('');
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  next();
                }
              }}
            />
            {prefill !== undefined && (
              <p class="note" id={`${ids.days}-note`}>
                {words.step.prefilled}
              </p>
            )}
          </div>
        ) : (
          <ul class="options">
            {(question.options ?? []).map((option) => {
              const id = `${quizId}-${question.id}-${option.id}`;
              return (
                <li key={option.id}>
                  <input
                    id={id}
                    type={question.kind === 'single' ? 'radio' : 'checkbox'}
                    disabled={!mounted}
                    name={`${quizId}-${question.id}`}
                    value={option.id}
                    checked={isChosen(question.kind, stored, option.id)}
                    onChange={(e) =>
                      answer(question.kind === 'single' ? option.id : toggleOption(stored, option.id, e.currentTarget.checked))
                    }
                  />
                  <label for={id}>{option.label}</label>
                </li>
              );
            })}
          </ul>
        )}
        {error && (
          <p class="error" id={ids.error} role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <div class="actions">
        {step > 0 && (
          <button type="button" class="secondary" onClick={back}>
            Back
          </button>
        )}
        <button type="button" onClick={next} disabled={!mounted}>
          {step + 1 < total ? 'Next' : 'See my result'}
        </button>
      </div>
    </div>
  );
}
