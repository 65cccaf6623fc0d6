import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReason,
  decodeReasons,
  encodeReasons,
  MAX_REASON_LENGTH,
  MAX_REASONS,
  REASON_STATUS,
  REASONS,
  withoutReason,
  withReason,
  withReasonText,
  type Reason,
} from './reasons';

const RUNS = 500;

/** Text a reason may hold: trimmed, not blank, not too long. */
const textArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((t) => t === t.trim() && checkReason(t) === undefined);

/** A valid reasons list, ids unique, within the maximum. */
const reasonsArb = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 12 }), text: textArb }), {
  selector: (r) => r.id,
  maxLength: MAX_REASONS,
});

const sleep: Reason = { id: 'a', text: 'I want to sleep through the night again' };
const friends: Reason = { id: 'b', text: 'My friends have missed me' };

describe('checkReason', () => {
  it.each([
    ['an empty text', '', REASON_STATUS.blank],
    ['spaces and a newline', '  \n', REASON_STATUS.blank],
    ['zero-width characters only', '\u200B\u2060', REASON_STATUS.blank],
    ['one character over the limit', 'x'.repeat(MAX_REASON_LENGTH + 1), REASON_STATUS.tooLong],
  ])('refuses %s, saying why', (_case, text, status) => {
    expect(checkReason(text)).toBe(status);
  });

  it('takes a reason at the limit once trimmed', () => {
    expect(checkReason(`  ${'x'.repeat(MAX_REASON_LENGTH)}  `)).toBeUndefined();
  });
});

describe('withReason, withReasonText and withoutReason', () => {
  it('adds at the end, and never twice', () => {
    const list = withReason([sleep], friends);
    expect(list).toEqual([sleep, friends]);
    expect(withReason(list, friends)).toBe(list);
  });

  it('adds nothing to a full list', () => {
    const full = Array.from({ length: MAX_REASONS }, (_, i) => ({ id: String(i), text: `Reason ${i}` }));
    expect(withReason(full, sleep)).toBe(full);
  });

  it('changes one reason’s text, trimmed, and leaves the others alone', () => {
    expect(withReasonText([sleep, friends], 'b', '  I have friends who care  ')).toEqual([
      sleep,
      { id: 'b', text: 'I have friends who care' },
    ]);
  });

  it('leaves the list as it was for an unknown id or a refused text', () => {
    const list = [sleep];
    expect(withReasonText(list, 'zz', 'New')).toBe(list);
    expect(withReasonText(list, 'a', '   ')).toBe(list);
  });

  it('deletes by id, and gives the same list for an id not there', () => {
    expect(withoutReason([sleep, friends], 'a')).toEqual([friends]);
    const list = [friends];
    expect(withoutReason(list, 'a')).toBe(list);
  });
});

describe('the REASONS codec', () => {
  it('round-trips every valid list exactly', () => {
    fc.assert(
      fc.property(reasonsArb, (list) => {
        expect(decodeReasons(encodeReasons(list))).toEqual(list);
        expect(REASONS.decode(REASONS.encode(list) ?? '')).toEqual(list);
      }),
      { numRuns: RUNS },
    );
  });

  it('stores nothing for an empty list', () => {
    expect(REASONS.encode([])).toBeUndefined();
  });

  it.each([
    ['nothing', undefined],
    ['damaged JSON', '[{"id":'],
    ['an object', '{"id":"a","text":"x"}'],
  ])('reads %s as no reasons', (_case, text) => {
    expect(decodeReasons(text)).toEqual([]);
  });

  it('keeps the valid entries of a damaged list, in order, without repeats or unknown fields', () => {
    const stored = JSON.stringify([
      { id: 'a', text: 'First', extra: 1 },
      { id: 'a', text: 'Same id again' },
      { id: '', text: 'No id' },
      { id: 'c', text: '   ' },
      { id: 'd', text: ' untrimmed ' },
      { id: 'e', text: 'x'.repeat(MAX_REASON_LENGTH + 1) },
      { id: 'f', text: 42 },
      null,
      { id: 'g', text: 'Last' },
    ]);
    expect(decodeReasons(stored)).toEqual([
      { id: 'a', text: 'First' },
      { id: 'g', text: 'Last' },
    ]);
  });

  it(`reads no more than ${MAX_REASONS} reasons`, () => {
    const many = Array.from({ length: MAX_REASONS + 5 }, (_, i) => ({ id: String(i), text: `Reason ${i}` }));
    expect(decodeReasons(JSON.stringify(many))).toHaveLength(MAX_REASONS);
  });

  it('names itself for /your-data/', () => {
    expect(REASONS.key).toBe('atb:v1:reasons');
    expect(REASONS.summary([sleep, friends])).toBe('2 reasons');
  });
});
