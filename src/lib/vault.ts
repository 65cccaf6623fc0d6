// Encryption at rest for the passcode lock, with the Web Crypto API only:
// AES-GCM (256-bit) with a key derived from the passcode by PBKDF2-SHA-256.
// Framework-free: the storage engine and the lock's store call these.

/** The version of every format here; a new, incompatible format gets a new number. */
export const VAULT_VERSION = 1;

/**
 * PBKDF2-SHA-256 iterations for a passcode: OWASP's 2023 figure for this
 * hash. Each unlock costs this many rounds, on purpose: so does each guess.
 */
export const PBKDF2_ITERATIONS = 600_000;

/** Random salt per passcode, in bytes. */
export const SALT_BYTES = 16;

/** AES-GCM nonce, in bytes: fresh for every write. */
export const IV_BYTES = 12;

const SEALED_PREFIX = `atb-sealed:${VAULT_VERSION}:`;
const CHECK_TEXT = 'after-the-breakup: the passcode is right';
const CHECK_AAD = 'atb:lock-check';

/** What the lock keeps in plain text beside the sealed values: how to derive the key, and a check that a passcode is the right one. */
export interface LockRecord {
  v: typeof VAULT_VERSION;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** Base64. */
  salt: string;
  /** {@link CHECK_TEXT} sealed with the key: opens only with the right passcode. */
  check: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** `count` random bytes from the browser's cryptographic generator. */
export function randomBytes(count: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(count));
}

/**
 * The AES-GCM key for `passcode`: PBKDF2-SHA-256 over `salt`, `iterations`
 * rounds. Not extractable: the page can use it, never read it out.
 */
export async function deriveKey(passcode: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passcode), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/**
 * `text` encrypted with `key` and a fresh random IV, as
 * `atb-sealed:1:<iv>:<ciphertext>` (base64). `label` (the storage key) is
 * bound in as associated data: a sealed value moved to another key does not open.
 */
export async function sealText(key: CryptoKey, text: string, label: string): Promise<string> {
  const iv = randomBytes(IV_BYTES);
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(label) }, key, encoder.encode(text));
  return `${SEALED_PREFIX}${toBase64(iv)}:${toBase64(new Uint8Array(cipher))}`;
}

/** True when `text` is in the sealed format of this version (whatever key sealed it). */
export function isSealedText(text: string): boolean {
  return text.startsWith(SEALED_PREFIX);
}

/**
 * The text {@link sealText} sealed, or undefined when `sealed` is not in the
 * format, was sealed with another key or for another label, or was changed
 * in any way (AES-GCM checks every byte). Never throws.
 */
export async function openText(key: CryptoKey, sealed: string, label: string): Promise<string | undefined> {
  if (!isSealedText(sealed)) return undefined;
  const [ivText, cipherText, ...rest] = sealed.slice(SEALED_PREFIX.length).split(':');
  const iv = fromBase64(ivText ?? '');
  const cipher = fromBase64(cipherText ?? '');
  if (!iv || !cipher || iv.length !== IV_BYTES || rest.length) return undefined;
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(label) }, key, cipher);
    return decoder.decode(plain);
  } catch {
    return undefined;
  }
}

/**
 * A new lock for `passcode`: a random salt, the key, and the record to store.
 * `iterations` is for tests only; the site always uses {@link PBKDF2_ITERATIONS}.
 */
export async function createLock(
  passcode: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<{ key: CryptoKey; record: LockRecord }> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passcode, salt, iterations);
  const check = await sealText(key, CHECK_TEXT, CHECK_AAD);
  return { key, record: { v: VAULT_VERSION, kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), check } };
}

/** Reads a stored lock record; undefined when it is damaged or of another version. Never throws. */
export function parseLockRecord(text: string | undefined): LockRecord | undefined {
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Partial<LockRecord>;
    const salt = typeof data.salt === 'string' ? fromBase64(data.salt) : undefined;
    if (
      data.v === VAULT_VERSION &&
      data.kdf === 'PBKDF2-SHA-256' &&
      Number.isInteger(data.iterations) &&
      (data.iterations ?? 0) >= 1 &&
      salt?.length === SALT_BYTES &&
      typeof data.check === 'string'
    ) {
      return data as LockRecord;
    }
  } catch {
    // Not JSON: damaged.
  }
  return undefined;
}

/** The key `passcode` gives for `record`, or undefined when it is the wrong passcode. Never throws. */
export async function unlockRecord(record: LockRecord, passcode: string): Promise<CryptoKey | undefined> {
  try {
    const key = await deriveKey(passcode, fromBase64(record.salt)!, record.iterations);
    return (await openText(key, record.check, CHECK_AAD)) === CHECK_TEXT ? key : undefined;
  } catch {
    return undefined;
  }
}

/** Identifies an export file protected with a passphrase. */
export const PROTECTED_FORMAT = 'after-the-breakup/protected';

/** An export file protected with a passphrase: the lock record of the passphrase, and the export sealed with its key. */
export interface ProtectedFile {
  format: typeof PROTECTED_FORMAT;
  lock: LockRecord;
  data: string;
}

const FILE_AAD = 'atb:export';

/** `text` (an export file) sealed with a key from `passphrase`, as a {@link ProtectedFile}. */
export async function protectText(text: string, passphrase: string, iterations: number = PBKDF2_ITERATIONS): Promise<ProtectedFile> {
  const { key, record } = await createLock(passphrase, iterations);
  return { format: PROTECTED_FORMAT, lock: record, data: await sealText(key, text, FILE_AAD) };
}

/** The lock and sealed data of a protected file's text, or undefined when `text` is not one. Never throws. */
export function readProtected(text: string): ProtectedFile | undefined {
  try {
    const data = JSON.parse(text) as Partial<ProtectedFile>;
    if (data.format !== PROTECTED_FORMAT || typeof data.data !== 'string') return undefined;
    const lock = parseLockRecord(JSON.stringify(data.lock));
    return lock ? { format: PROTECTED_FORMAT, lock, data: data.data } : undefined;
  } catch {
    return undefined;
  }
}

/** The export file inside `file`, or undefined when `passphrase` is wrong or the file was changed. Never throws. */
export async function unprotectText(file: ProtectedFile, passphrase: string): Promise<string | undefined> {
  const key = await unlockRecord(file.lock, passphrase);
  return key && openText(key, file.data, FILE_AAD);
}
