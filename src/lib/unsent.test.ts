import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkMessage,
  decodeMessages,
  encodeMessages,
  formatCountdown,
  MAX_MESSAGE_LENGTH,
  PAD_STATUS,
  PAUSE_MS,
  pausePhase,
  pauseRemaining,
  newMessage,
  withMessage,
  withoutMessages,
  type UnsentMessage,
} from './unsent';

const RUNS = 500;
const NOW = new Date('2026-11-27T22:41:05.000Z');
const first: UnsentMessage = { id: 'a', savedAt: '2026-11-26T20:00:00.000Z', text: 'Older' };
const second: UnsentMessage = { id: 'b', savedAt: '2026-11-27T08:00:00.000Z', text: 'Newer' };

/** A valid list of messages, ids unique, in any order. */
const messagesArb = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 12 }),
    savedAt: fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }).filter((t) => t.trim() !== ''),
  }),
  { selector: (m) => m.id, maxLength: 8 },
);

describe('checkMessage', () => {
  it.each(['', '   ', '\n\t '])('asks for something to write when the text is %j', (text) => {
    expect(checkMessage(text)).toBe('Write something first. Nothing was saved.');
  });

  it.each([
    ['a word', 'hi'],
    ['text with surrounding space', '  I miss you.\n'],
    [`exactly ${MAX_MESSAGE_LENGTH} characters`, 'x'.repeat(MAX_MESSAGE_LENGTH)],
    ['the limit once trimmed', ` ${'x'.repeat(MAX_MESSAGE_LENGTH)} `],
  ])('lets %s through', (_case, text) => {
    expect(checkMessage(text)).toBeUndefined();
  });

  it('says why text over the limit is not kept', () => {
    expect(checkMessage('x'.repeat(MAX_MESSAGE_LENGTH + 1))).toBe(
      'That is longer than 5,000 characters, the most the pad keeps. Nothing was saved.',
    );
  });

  it.each(['\u200B', ' \u200B\u200C\u200D ', '\u2060\uFEFF', '\u00AD\n'])(
    'refuses text of only invisible characters %j (defect 7)',
    (text) => {
      expect(checkMessage(text)).toBe(PAD_STATUS.blank);
    },
  );

  it('lets through exactly what newMessage keeps', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(' ', '\n', 'x', '\u200B'), maxLength: MAX_MESSAGE_LENGTH + 3 })),
        (text) => {
          const problem = checkMessage(text);
          if (problem === undefined) expect(newMessage(text, NOW, 'c').text).toBe(text.trim());
          else expect(() => newMessage(text, NOW, 'c')).toThrow(RangeError);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('newMessage', () => {
  it('trims the text and stamps it in UTC', () => {
    expect(newMessage('  I miss you.\n', NOW, 'c')).toEqual({ id: 'c', savedAt: '2026-11-27T22:41:05.000Z', text: 'I miss you.' });
  });

  it(`keeps a message of exactly ${MAX_MESSAGE_LENGTH} characters whole`, () => {
    const text = 'x'.repeat(MAX_MESSAGE_LENGTH);
    expect(newMessage(`  ${text}  `, NOW, 'c').text).toBe(text);
  });

  it.each([
    ['blank text', ' ', NOW, 'c'],
    ['text over the limit', 'x'.repeat(MAX_MESSAGE_LENGTH + 1), NOW, 'c'],
    ['an empty id', 'hi', NOW, ''],
    ['an invalid Date', 'hi', new Date(Number.NaN), 'c'],
  ])('throws RangeError for %s', (_case, text, now, id) => {
    expect(() => newMessage(text, now, id)).toThrow(RangeError);
  });
});

describe('withMessage and withoutMessages', () => {
  const c: UnsentMessage = { id: 'c', savedAt: '2026-11-27T22:41:05.000Z', text: 'Newest' };

  it('puts a message in its place, newest first', () => {
    expect(withMessage([second, first], c)).toEqual([c, second, first]);
    expect(withMessage([c, first], second)).toEqual([c, second, first]);
  });

  it('orders messages of the same millisecond by id, whatever the order they arrive in', () => {
    const x = { ...c, id: 'x' };
    const y = { ...c, id: 'y' };
    expect(withMessage(withMessage([], y), x)).toEqual(withMessage(withMessage([], x), y));
  });

  it('changes nothing when the message is already there: applying it twice is safe', () => {
    const list = [second, first];
    expect(withMessage(list, second)).toBe(list);
  });

  it('removes the given ids, and returns the same list when there are none of them', () => {
    const list = [second, first];
    expect(withoutMessages(list, new Set(['b']))).toEqual([first]);
    expect(withoutMessages(list, new Set(['zzz']))).toBe(list);
  });

  it('converges: two tabs re-applying their own changes over each other end with the same list', () => {
    fc.assert(
      // Ids are unique across both tabs, as random UUIDs are.
      fc.property(messagesArb, messagesArb, fc.nat(), (base, all, cut) => {
        const split = all.length ? cut % all.length : 0;
        const mineAdds = all.slice(0, split);
        const theirAdds = all.slice(split).filter((m) => !base.some((b) => b.id === m.id));
        const sorted = decodeMessages(encodeMessages(base));
        const apply = (list: readonly UnsentMessage[], adds: UnsentMessage[]) => adds.reduce(withMessage, list);
        const mine = apply(sorted, mineAdds);
        const theirs = apply(sorted, theirAdds);
        // Each tab receives the other's list and re-applies its own saves on top.
        expect(
          encodeMessages(
            apply(
              theirs,
              mineAdds.filter((m) => !theirs.some((t) => t.id === m.id)),
            ),
          ),
        ).toBe(
          encodeMessages(
            apply(
              mine,
              theirAdds.filter((m) => !mine.some((t) => t.id === m.id)),
            ),
          ),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('decodeMessages and encodeMessages', () => {
  const json = (value: unknown) => JSON.stringify(value);

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['garbage', '{oops'],
    ['null', 'null'],
    ['an object', '{"id":"a"}'],
    ['a number', '3'],
  ])('gives [] for %s', (_case, encoded) => {
    expect(decodeMessages(encoded)).toEqual([]);
  });

  it('drops malformed entries and keeps the rest, newest first', () => {
    const stored = json([
      first,
      null,
      'text',
      [],
      { ...first, id: '' },
      { ...first, id: 5 },
      { ...first, text: '   ' },
      { ...first, text: 42 },
      { ...first, savedAt: 'yesterday' },
      { ...first, savedAt: '2026-11-27' },
      { ...first, savedAt: '2026-02-30T10:00:00.000Z' },
      { ...first, savedAt: '2026-11-27T24:00:00.000Z' },
      { ...first, savedAt: '2026-11-27T10:00:00+01:00' },
      { ...first, savedAt: 1764280000000 },
      { ...first, text: 'duplicate id' },
      { ...second, extra: 'dropped' },
    ]);
    expect(decodeMessages(stored)).toEqual([second, first]);
  });

  it('reads back what it wrote, sorted newest first', () => {
    fc.assert(
      fc.property(messagesArb, (list) => {
        const decoded = decodeMessages(encodeMessages(list));
        expect([...decoded].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...list].sort((a, b) => a.id.localeCompare(b.id)));
        for (let i = 1; i < decoded.length; i++) {
          expect(Date.parse(decoded[i - 1]!.savedAt)).toBeGreaterThanOrEqual(Date.parse(decoded[i]!.savedAt));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on any JSON or any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (encoded) => {
        expect(Array.isArray(decodeMessages(encoded))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('pauseRemaining', () => {
  const start = 1_000_000;
  it.each([
    [start, PAUSE_MS],
    [start + 1, PAUSE_MS - 1],
    [start + 595_000, 5_000],
    [start + PAUSE_MS, 0],
    [start + PAUSE_MS + 60_000, 0],
    // The clock moved backwards: the pause does not grow.
    [start - 60_000, PAUSE_MS],
  ])('at %i ms has %i ms left', (now, left) => {
    expect(pauseRemaining(start, now)).toBe(left);
  });

  it('takes another duration', () => {
    expect(pauseRemaining(0, 1_000, 5_000)).toBe(4_000);
  });

  it.each([
    [Number.NaN, 0, PAUSE_MS],
    [0, Number.POSITIVE_INFINITY, PAUSE_MS],
    [0, 0, -1],
  ])('throws RangeError for (%s, %s, %s)', (startedAt, now, duration) => {
    expect(() => pauseRemaining(startedAt, now, duration)).toThrow(RangeError);
  });

  it('stays within 0 and the duration and never grows as time passes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 45 }),
        fc.integer({ min: -PAUSE_MS, max: 2 * PAUSE_MS }),
        fc.integer({ min: 0, max: PAUSE_MS }),
        fc.integer({ min: 0, max: 3_600_000 }),
        (startedAt, offset, step, duration) => {
          const left = pauseRemaining(startedAt, startedAt + offset, duration);
          expect(left).toBeGreaterThanOrEqual(0);
          expect(left).toBeLessThanOrEqual(duration);
          expect(pauseRemaining(startedAt, startedAt + offset + step, duration)).toBeLessThanOrEqual(left);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('pausePhase', () => {
  const start = 1_000_000;
  it.each([
    ['no pause', 0, start, { kind: 'idle' }],
    ['a start of 0 or less', -5, start, { kind: 'idle' }],
    ['its first moment', start, start, { kind: 'running', remainingMs: PAUSE_MS }],
    ['its last millisecond', start, start + PAUSE_MS - 1, { kind: 'running', remainingMs: 1 }],
    ['its end', start, start + PAUSE_MS, { kind: 'over' }],
    ['long after', start, start + 5 * PAUSE_MS, { kind: 'over' }],
    ['a clock moved backwards', start, start - 60_000, { kind: 'running', remainingMs: PAUSE_MS }],
  ] as const)('at %s', (_case, startedAt, now, phase) => {
    expect(pausePhase(startedAt, now)).toEqual(phase);
  });

  it('takes another duration', () => {
    expect(pausePhase(1, 4_001, 5_000)).toEqual({ kind: 'running', remainingMs: 1_000 });
  });

  it('throws RangeError for a time that is not finite', () => {
    expect(() => pausePhase(Number.NaN, 0)).toThrow(RangeError);
    expect(() => pausePhase(start, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatCountdown', () => {
  it.each([
    [PAUSE_MS, '10:00'],
    [599_001, '10:00'],
    [599_000, '9:59'],
    [60_000, '1:00'],
    [59_999, '1:00'],
    [5_000, '0:05'],
    [4_001, '0:05'],
    [1, '0:01'],
    [0, '0:00'],
    [-500, '0:00'],
    [3_600_000, '60:00'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('throws RangeError for %s', (ms) => {
    expect(() => formatCountdown(ms)).toThrow(RangeError);
  });

  it('shows the whole seconds left, rounded up, as m:ss', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 * PAUSE_MS }), (ms) => {
        const match = /^(\d+):([0-5]\d)$/.exec(formatCountdown(ms));
        expect(match).not.toBeNull();
        const seconds = Number(match?.[1]) * 60 + Number(match?.[2]);
        expect(seconds * 1000).toBeGreaterThanOrEqual(ms);
        expect((seconds - 1) * 1000).toBeLessThan(ms);
      }),
      { numRuns: RUNS },
    );
  });
});
