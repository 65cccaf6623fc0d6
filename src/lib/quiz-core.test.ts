import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreRange, type ScoredQuestion } from './quiz-core';

/** The modules a source file imports at run time (type-only imports are erased and left out). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  return [...source.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
}

/** Every module a source file imports, type-only ones included. */
function allImports(file: string): string[] {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  return [...source.matchAll(/^(?:import|export)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
}

describe('imports between the quiz modules point one way: core ← schema ← scorer', () => {
  it('quiz-core imports nothing', () => {
    expect(allImports('./quiz-core.ts')).toEqual([]);
  });

  it('the schema never imports the scorer', () => {
    expect(allImports('./quiz-schema.ts')).not.toContain('./quiz');
  });

  it('the scorer takes only types from the schema, so the quiz island does not ship Zod', () => {
    expect(runtimeImports('./quiz.ts')).not.toContain('./quiz-schema');
    expect(allImports('./quiz.ts')).toContain('./quiz-schema');
  });
});

describe('scoreRange', () => {
  const opts = (...scores: number[]) => scores.map((score) => ({ score }));
  it.each<[string, ScoredQuestion, { min: number; max: number }]>([
    ['single', { kind: 'single', options: opts(-1, 3, 2) }, { min: -1, max: 3 }],
    ['multiple, sums the positives', { kind: 'multiple', options: opts(1, 2, 0) }, { min: 0, max: 3 }],
    ['multiple, all positive: at least one', { kind: 'multiple', options: opts(1, 2) }, { min: 1, max: 3 }],
    ['multiple, sums the negatives', { kind: 'multiple', options: opts(-1, -2, 1) }, { min: -3, max: 1 }],
    ['multiple, all negative: at least one', { kind: 'multiple', options: opts(-1, -2) }, { min: -3, max: -1 }],
    ['days', { kind: 'days', ranges: [{ score: 1 }, { score: 5 }] }, { min: 1, max: 5 }],
  ])('%s', (_, q, expected) => {
    expect(scoreRange({ questions: [q] })).toEqual(expected);
  });
});
