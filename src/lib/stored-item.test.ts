import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSince, defineStoredItem, NAMESPACE, plural, SINCE, withoutSince, withSince, type AnyStoredItem } from './stored-item';
import { defineStoredFamily } from './stored-family';
import { declarationProblem } from './stored-item-check';
import { STORED_FAMILIES, STORED_ITEMS } from './stored-items';
import { findStoredItem, isStoredText, storedTextFor } from './stored-text';

const counter = defineStoredItem<number>({
  name: 'counter',
  version: 2,
  initial: 0,
  decode: (text) => (/^\d+$/.test(text) ? Number(text) : 0),
  encode: (n) => (n ? String(n) : undefined),
  label: 'A counter',
  summary: (n) => plural(n, 'tap'),
});

const notes = defineStoredFamily<string>({
  name: 'note',
  version: 1,
  initial: '',
  decode: (text) => text,
  encode: (text) => text || undefined,
  label: (id, title) => `Note on ${title ?? id}`,
  summary: (text) => plural(text.length, 'letter'),
});

const NOTE_PAIR = defineStoredItem<{ a: number; b: number }>({
  name: 'pair',
  version: 1,
  initial: { a: 0, b: 0 },
  decode: (text) => {
    try {
      const { a, b } = JSON.parse(text) as { a: number; b: number };
      return { a, b };
    } catch {
      return { a: 0, b: 0 };
    }
  },
  encode: ({ a, b }) => (a || b ? JSON.stringify({ a, b }) : undefined),
  label: 'A pair',
  summary: () => 'two numbers',
});

describe('defineStoredItem', () => {
  it('makes a namespaced, versioned key', () => {
    expect(counter.key).toBe('atb:v2:counter');
    expect(counter.label).toBe('A counter');
    expect(Object.isFrozen(counter)).toBe(true);
  });

  it.each(['Counter', 'two words', '', '-x', 'x-', 'a:b'])('rejects the name %j', (name) => {
    expect(declarationProblem({ ...counter, name })).toMatch(/lower-case words/);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects the version %j', (version) => {
    expect(declarationProblem({ ...counter, name: 'x', version })).toMatch(/version/);
  });

  it.each([...STORED_ITEMS.map((item) => [item.key, item] as const)])('%s is well declared', (_key, item) => {
    expect(declarationProblem(item)).toBeUndefined();
  });

  it('rejects a family with a malformed name', () => {
    expect(() => defineStoredFamily({ ...counter, name: 'Bad', label: () => '' })).toThrow(/lower-case words/);
  });
});

describe('defineStoredFamily', () => {
  it('keys each member by id under the family prefix', () => {
    expect(notes.prefix).toBe('atb:v1:note:');
    expect(notes.member('first').key).toBe('atb:v1:note:first');
    expect(notes.member('first').label).toBe('Note on first');
    expect(notes.member('first', 'The first').label).toBe('Note on The first');
  });

  it('gives the same member for the same id and title', () => {
    expect(notes.member('a')).toBe(notes.member('a'));
  });

  it('reads ids back from keys, and only well-formed ones', () => {
    expect(notes.idOf('atb:v1:note:first-one')).toBe('first-one');
    expect(notes.idOf('atb:v1:note:')).toBeUndefined();
    expect(notes.idOf('atb:v1:note:Bad Id')).toBeUndefined();
    expect(notes.idOf('atb:v1:note:constructor-')).toBeUndefined();
    expect(notes.idOf(`atb:v1:note:${'a'.repeat(101)}`)).toBeUndefined();
    expect(notes.idOf('atb:v2:note:x')).toBeUndefined();
  });

  it('rejects a malformed member id', () => {
    expect(() => notes.member('Not OK')).toThrow(/lower-case/);
  });
});

describe('findStoredItem', () => {
  it('finds items and family members, naming members by title', () => {
    expect(findStoredItem('atb:v2:counter', [counter], [notes])).toBe(counter);
    expect(findStoredItem('atb:v1:note:x', [counter], [notes], { x: 'Ex' })?.label).toBe('Note on Ex');
    expect(findStoredItem('atb:v1:counter', [counter], [notes])).toBeUndefined();
    expect(findStoredItem('other', [counter], [notes])).toBeUndefined();
  });

  it('names a member by its id when the title map has no own entry for it', () => {
    expect(findStoredItem('atb:v1:note:constructor', [counter], [notes], {})?.label).toBe('Note on constructor');
  });
});

describe('isStoredText', () => {
  it('accepts exactly what the item writes', () => {
    expect(isStoredText(counter, '12')).toBe(true);
    expect(isStoredText(counter, '012')).toBe(false);
    expect(isStoredText(counter, 'x')).toBe(false);
    expect(isStoredText(counter, '0')).toBe(false);
  });

  it('never throws, even when the codec does', () => {
    const throwing = defineStoredItem<number>({
      ...counter,
      name: 'throwing',
      decode: () => {
        throw new Error('bad');
      },
    });
    expect(isStoredText(throwing, '1')).toBe(false);
  });
});

describe('storedTextFor', () => {
  const list = defineStoredItem<number[]>({
    name: 'list',
    version: 1,
    initial: [],
    decode: (text) => {
      try {
        const parsed: unknown = JSON.parse(text);
        return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n)).sort((a, b) => a - b) : [];
      } catch {
        return [];
      }
    },
    encode: (ns) => (ns.length ? JSON.stringify(ns) : undefined),
    label: 'A list',
    summary: (ns) => plural(ns.length, 'number'),
  });

  it('gives back what the site writes as it is', () => {
    expect(storedTextFor(list, '[1,2,3]')).toBe('[1,2,3]');
    expect(storedTextFor(counter, '12')).toBe('12');
  });

  it('accepts whitespace, key order and list order, and straightens them out', () => {
    expect(storedTextFor(list, '[\n  3,\n  1,\n  2\n]')).toBe('[1,2,3]');
    expect(storedTextFor(NOTE_PAIR, '{ "b": 2, "a": 1 }')).toBe('{"a":1,"b":2}');
  });

  it('refuses a text that would lose or change data when read', () => {
    expect(storedTextFor(list, '[1,"two",3]')).toBeUndefined();
    expect(storedTextFor(list, '[1.5]')).toBeUndefined();
    expect(storedTextFor(list, 'not json')).toBeUndefined();
    expect(storedTextFor(list, '[]')).toBeUndefined();
    expect(storedTextFor(counter, '012')).toBeUndefined();
  });
});

describe('"since" dates', () => {
  it('keeps the first date of a key and forgets removed keys', () => {
    const a = withSince({}, 'atb:v1:a', '2026-11-01');
    expect(withSince(a, 'atb:v1:a', '2026-12-01')).toBe(a);
    const b = withSince(a, 'atb:v1:b', '2026-12-01');
    expect(b).toEqual({ 'atb:v1:a': '2026-11-01', 'atb:v1:b': '2026-12-01' });
    expect(withoutSince(b, 'atb:v1:a')).toEqual({ 'atb:v1:b': '2026-12-01' });
    expect(withoutSince(b, 'atb:v1:zzz')).toBe(b);
  });

  it.each(['', 'nope', '[]', '{"atb:v1:a":5,"atb:v1:b":"2026-01-01","atb:v1:c":"soon","other":"2026-01-01"}'])(
    'decodes %j safely',
    (text) => {
      const map = decodeSince(text);
      expect(Object.entries(map).every(([k, d]) => k.startsWith(NAMESPACE) && /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    },
  );

  it('is stored sorted by key, and not at all when empty', () => {
    expect(SINCE.encode({})).toBeUndefined();
    expect(SINCE.encode({ 'atb:v1:b': '2026-01-02', 'atb:v1:a': '2026-01-01' })).toBe('{"atb:v1:a":"2026-01-01","atb:v1:b":"2026-01-02"}');
  });
});

describe('plural', () => {
  it.each([
    [0, '0 chapters'],
    [1, '1 chapter'],
    [2, '2 chapters'],
  ])('%i', (n, text) => expect(plural(n, 'chapter')).toBe(text));
  it('takes an irregular plural', () => expect(plural(2, 'entry', 'entries')).toBe('2 entries'));
});

// Every item the site declares, with one family member standing for its family.
const declared: AnyStoredItem[] = [...STORED_ITEMS, ...STORED_FAMILIES.map((f) => f.member('some-id'))];

describe('the site’s stored items', () => {
  it('have one key each, all in the namespace', () => {
    const keys = declared.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key.startsWith(NAMESPACE)).toBe(true);
  });

  it('keep the keys earlier visits stored under', () => {
    expect(declared.map((i) => i.key).sort()).toEqual([
      'atb:v1:backup-reminder',
      'atb:v1:check-ins',
      'atb:v1:discreet',
      'atb:v1:last-chapter',
      'atb:v1:no-contact-plan',
      'atb:v1:pause-started-at',
      'atb:v1:quiz-history',
      'atb:v1:quiz:some-id',
      'atb:v1:read-chapters',
      'atb:v1:reasons',
      'atb:v1:since',
      'atb:v1:theme',
      'atb:v1:unsent-messages',
    ]);
  });

  it.each(declared.map((i) => [i.key, i] as const))('%s stores nothing for its initial value, and has a label', (_key, item) => {
    expect(item.encode(item.initial)).toBeUndefined();
    expect(item.label.length).toBeGreaterThan(3);
    expect(typeof item.summary(item.initial)).toBe('string');
  });

  it.each(declared.map((i) => [i.key, i] as const))('%s decodes any text without throwing', (_key, item) => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const value = item.decode(text);
        const again = item.encode(value);
        // Whatever decode makes of it, encoding that is stable.
        if (again !== undefined) expect(item.encode(item.decode(again))).toBe(again);
      }),
      { numRuns: 300 },
    );
  });
});
