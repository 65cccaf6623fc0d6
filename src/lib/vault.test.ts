import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createLock,
  deriveKey,
  isSealedText,
  IV_BYTES,
  openText,
  parseLockRecord,
  PBKDF2_ITERATIONS,
  protectText,
  randomBytes,
  readProtected,
  SALT_BYTES,
  sealText,
  unlockRecord,
  unprotectText,
  VAULT_VERSION,
} from './vault';

// Few rounds keep the tests fast; the site's own figure is checked on its own.
const FAST = 1000;
const KEY = 'atb:v1:unsent-messages';

const keyFor = (passcode: string) => deriveKey(passcode, new Uint8Array(SALT_BYTES), FAST);

/** `sealed` with one base64 character of its ciphertext changed. */
function tamper(sealed: string): string {
  const i = sealed.length - 4;
  return sealed.slice(0, i) + (sealed[i] === 'A' ? 'B' : 'A') + sealed.slice(i + 1);
}

describe('key derivation', () => {
  it('uses PBKDF2-SHA-256 with at least 600,000 iterations on the site', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('makes keys that cannot be read out', async () => {
    const key = await keyFor('1234');
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
  });

  it('gives every new lock its own random salt, and the default count', async () => {
    const a = await createLock('same passcode', FAST);
    const b = await createLock('same passcode', FAST);
    expect(a.record.salt).not.toBe(b.record.salt);
    expect(a.record).toMatchObject({ v: VAULT_VERSION, kdf: 'PBKDF2-SHA-256', iterations: FAST });
    expect(randomBytes(SALT_BYTES)).toHaveLength(SALT_BYTES);
  });
});

describe('sealText and openText', () => {
  it('round-trips a text, in the versioned format', async () => {
    const key = await keyFor('1234');
    const sealed = await sealText(key, '["Dear you"]', KEY);
    expect(sealed).toMatch(/^atb-sealed:1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(isSealedText(sealed)).toBe(true);
    expect(sealed).not.toContain('Dear');
    expect(await openText(key, sealed, KEY)).toBe('["Dear you"]');
  });

  it('uses a fresh IV for every write: the same text seals differently each time', async () => {
    const key = await keyFor('1234');
    const [a, b] = await Promise.all([sealText(key, 'same', KEY), sealText(key, 'same', KEY)]);
    expect(a).not.toBe(b);
    expect(atob(a.split(':')[2]!)).toHaveLength(IV_BYTES);
    expect(a.split(':')[2]).not.toBe(b.split(':')[2]);
  });

  it('does not open with the wrong key', async () => {
    const sealed = await sealText(await keyFor('1234'), 'secret', KEY);
    expect(await openText(await keyFor('1235'), sealed, KEY)).toBeUndefined();
  });

  it('does not open a tampered value, or one moved to another key', async () => {
    const key = await keyFor('1234');
    const sealed = await sealText(key, 'secret', KEY);
    expect(await openText(key, tamper(sealed), KEY)).toBeUndefined();
    expect(await openText(key, sealed, 'atb:v1:reasons')).toBeUndefined();
    expect(await openText(key, sealed.replace(':', ':x'), KEY)).toBeUndefined();
  });

  it('refuses other versions and plain text without throwing', async () => {
    const key = await keyFor('1234');
    const sealed = await sealText(key, 'secret', KEY);
    expect(await openText(key, sealed.replace('atb-sealed:1:', 'atb-sealed:2:'), KEY)).toBeUndefined();
    expect(isSealedText('["Dear you"]')).toBe(false);
    expect(await openText(key, '["Dear you"]', KEY)).toBeUndefined();
    expect(await openText(key, 'atb-sealed:1:!!:??', KEY)).toBeUndefined();
    expect(await openText(key, 'atb-sealed:1:AAAA:AAAA:AAAA', KEY)).toBeUndefined();
  });

  it('round-trips any stored text, and a wrong key never opens it (property)', async () => {
    const key = await keyFor('right');
    const wrong = await keyFor('wrong');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ minLength: 1, maxLength: 40 }), async (text, label) => {
        const sealed = await sealText(key, text, label);
        expect(await openText(key, sealed, label)).toBe(text);
        expect(await openText(wrong, sealed, label)).toBeUndefined();
        expect(await openText(key, tamper(sealed), label)).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips JSON values of every shape the stores keep (property)', async () => {
    const key = await keyFor('right');
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const text = JSON.stringify(value);
        expect(JSON.parse((await openText(key, await sealText(key, text, KEY), KEY))!)).toEqual(JSON.parse(text));
      }),
      { numRuns: 100 },
    );
  });
});

describe('lock records', () => {
  it('unlock with the right passcode only', async () => {
    const { key, record } = await createLock('tulip 42', FAST);
    const parsed = parseLockRecord(JSON.stringify(record))!;
    expect(parsed).toEqual(record);
    const again = await unlockRecord(parsed, 'tulip 42');
    expect(again).toBeDefined();
    const sealed = await sealText(key, 'kept', KEY);
    expect(await openText(again!, sealed, KEY)).toBe('kept');
    expect(await unlockRecord(parsed, 'tulip 43')).toBeUndefined();
    expect(await unlockRecord(parsed, '')).toBeUndefined();
  });

  it('re-keys: values sealed under a new passcode do not open with the old one', async () => {
    const old = await createLock('old', FAST);
    const next = await createLock('new', FAST);
    const text = await openText(old.key, await sealText(old.key, 'note', KEY), KEY);
    const resealed = await sealText(next.key, text!, KEY);
    expect(await openText(next.key, resealed, KEY)).toBe('note');
    expect(await openText(old.key, resealed, KEY)).toBeUndefined();
    expect(await unlockRecord(next.record, 'old')).toBeUndefined();
  });

  it.each([
    ['missing', undefined],
    ['not JSON', '{'],
    ['another version', (r: object) => ({ ...r, v: 2 })],
    ['another function', (r: object) => ({ ...r, kdf: 'PBKDF2-SHA-1' })],
    ['no iterations', (r: object) => ({ ...r, iterations: 0 })],
    ['a short salt', (r: object) => ({ ...r, salt: btoa('short') })],
    ['no check', (r: object) => ({ ...r, check: undefined })],
  ])('refuses a record that is %s', async (_, change) => {
    const { record } = await createLock('x', FAST);
    const text = typeof change === 'function' ? JSON.stringify(change(record)) : change;
    expect(parseLockRecord(text)).toBeUndefined();
  });
});

describe('protected export files', () => {
  it('round-trip with the passphrase, and nothing readable without it', async () => {
    const text = JSON.stringify({ format: 'after-the-breakup/your-data', items: { [KEY]: '["Dear you"]' } });
    const file = await protectText(text, 'blue door', FAST);
    const written = JSON.stringify(file);
    expect(written).not.toContain('Dear');
    const read = readProtected(written)!;
    expect(await unprotectText(read, 'blue door')).toBe(text);
    expect(await unprotectText(read, 'red door')).toBeUndefined();
    expect(await unprotectText({ ...read, data: tamper(read.data) }, 'blue door')).toBeUndefined();
  });

  it('tells a protected file from anything else', () => {
    expect(readProtected('{"format":"after-the-breakup/your-data","items":{}}')).toBeUndefined();
    expect(readProtected('not json')).toBeUndefined();
    expect(readProtected('{"format":"after-the-breakup/protected","data":"x","lock":{}}')).toBeUndefined();
  });
});
