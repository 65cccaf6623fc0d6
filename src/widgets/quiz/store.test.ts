import { readFileSync } from 'node:fs';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizSchema } from '~/lib/quiz-schema';
import * as quizStore from './store';

const quiz = quizSchema.parse(parse(readFileSync('content/quizzes/acceptance.yaml', 'utf8')));
const ID = 'acceptance';
const NOW = new Date('2026-11-27T12:00:00');

afterEach(() => {
  quizStore.eraseQuiz(ID, true);
  cleanStores(quizStore.$quizHistory);
});

/** Answers every question with option `pick` of each (the first is the lowest), safety "none", and asks for the result. */
function finish(pick: (count: number) => number): void {
  for (const q of quiz.questions) {
    const options = q.options!;
    const answer = q.id === 'safety' ? ['none'] : options[pick(options.length)]!.id;
    quizStore.recordAnswer(ID, q.id, answer);
    expect(quizStore.submitStep(ID, quiz, '', NOW)).toBe(true);
  }
}

describe('the result history', () => {
  it('keeps the day and band of each finished attempt, and nothing else', () => {
    keepMount(quizStore.$quizHistory);
    finish(() => 0);
    quizStore.eraseQuiz(ID);
    finish((n) => n - 1);
    expect(quizStore.$quizHistory.get()[ID]).toEqual([
      { date: '2026-11-27', band: 'still-fighting' },
      { date: '2026-11-27', band: 'accepted' },
    ]);
  });

  it('keeps nothing for a safety result', () => {
    keepMount(quizStore.$quizHistory);
    quizStore.recordAnswer(ID, 'safety', ['self-harm']);
    expect(quizStore.submitStep(ID, quiz, '', NOW)).toBe(true);
    expect(quizStore.quizProgressStore(ID).get().done).toBe(true);
    expect(quizStore.$quizHistory.get()[ID]).toBeUndefined();
  });

  it('"Start over" keeps earlier results; "Erase my answers" forgets them', () => {
    keepMount(quizStore.$quizHistory);
    finish(() => 0);
    quizStore.eraseQuiz(ID);
    expect(quizStore.$quizHistory.get()[ID]).toHaveLength(1);
    quizStore.eraseQuiz(ID, true);
    expect(quizStore.$quizHistory.get()[ID]).toBeUndefined();
  });

  it('changes nothing when the question on screen has no answer', () => {
    expect(quizStore.submitStep(ID, quiz, '', NOW)).toBe(false);
    expect(quizStore.$quizHistory.get()).toEqual({});
  });
});
