import { useEffect, useState } from 'preact/hooks';
import { todayIso } from '~/lib/calendar-date';
import { exportFileName } from '~/lib/discreet';
import { protectText, readProtected, unprotectText, type ProtectedFile } from '~/lib/vault';
import {
  buildExport,
  damagedNames,
  formatBytes,
  parseImport,
  sinceWords,
  storedSize,
  unknownCount,
  type SkippedItem,
} from '~/lib/your-data';
import { $backupReminder, noteExport, setReminders } from '~/stores/backup';
import { $discreet } from '~/stores/discreet';
import { $storageHealth } from '~/stores/engine';
import { $persistence } from '~/stores/persistence';
import {
  $stored,
  eraseStored,
  exportStored,
  importRules,
  importStored,
  nameChapters,
  nameQuizzes,
  type StoredEntry,
} from '~/stores/registry';
import Art from '../shared/art/Art';
import { page } from '../shared/art/pictures/page';
import { download } from '../shared/download';
import { useStore } from '../shared/use-store';
import DiscreetSetting from './DiscreetSetting';
import LockSettings from './LockSettings';

interface Props {
  /** Quiz ids and titles, to name stored answers. */
  quizzes: { id: string; title: string }[];
  /** Chapter slugs and titles, to name a stored chapter by its title. */
  chapters: { slug: string; title: string }[];
}

/** Where a confirmation shows: beside the control that caused it. */
type Place = 'export' | 'import' | 'erase' | 'lock';

/** A confirmation for the reader, and the control it belongs beside. */
interface Status {
  place: Place;
  text: string;
}

const NOTHING: readonly StoredEntry[] = [];

/** What the page says about the browser's promise to keep the data. */
const PERSISTENCE = {
  granted: 'This browser has agreed to keep it until you clear it yourself.',
  'not-granted':
    'This browser has not promised to keep it: it may clear it if the device runs short of space or, in Safari, after a week without a visit. Installing this site, or visiting often, can change that. A copy (below) keeps you safe either way.',
  unsupported: 'This browser does not say whether it will keep it. A copy (below) keeps you safe either way.',
} as const;

/** An import file with damaged items, waiting for the reader to choose. */
interface PartialImport {
  name: string;
  items: Record<string, string>;
  skipped: SkippedItem[];
}

/** Everything the site keeps on this device, with export, import and erase. */
export default function YourData({ quizzes, chapters }: Props) {
  nameQuizzes(quizzes);
  nameChapters(chapters);
  const health = useStore($storageHealth, 'ok');
  const items = useStore($stored, NOTHING);
  const persistence = useStore($persistence, 'unknown');
  const reminder = useStore($backupReminder, { off: false });
  const [mounted, setMounted] = useState(false);
  const [status, setStatus] = useState<Status | undefined>(undefined);
  const [importError, setImportError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [partial, setPartial] = useState<PartialImport | undefined>(undefined);
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [exportError, setExportError] = useState('');
  const [locked, setLocked] = useState<{ name: string; file: ProtectedFile } | undefined>(undefined);
  const [unlockPhrase, setUnlockPhrase] = useState('');
  const [phraseError, setPhraseError] = useState('');
  const discreet = useStore($discreet, false);
  useEffect(() => setMounted(true), []);

  async function onExport() {
    if (protect && !passphrase) {
      setExportError('Choose a passphrase for the file, or untick the box.');
      return;
    }
    setExportError('');
    // Named by the reader's own calendar date, as everything else here is.
    const now = new Date();
    const text = JSON.stringify(buildExport(exportStored(), now), null, 2);
    if (protect) setStatus({ place: 'export', text: 'Protecting the file…' });
    const content = protect ? JSON.stringify(await protectText(text, passphrase), null, 2) : text;
    download(exportFileName(todayIso(now), discreet), content, 'application/json');
    noteExport();
    setStatus({
      place: 'export',
      text: protect
        ? 'Your file is downloading, protected by your passphrase. Nothing was sent anywhere.'
        : 'Your file is downloading. Nothing was sent anywhere.',
    });
  }

  async function onImport(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPartial(undefined);
    setLocked(undefined);
    const text = await file.text();
    const protectedFile = readProtected(text);
    if (protectedFile) {
      setImportError('');
      setStatus(undefined);
      setPhraseError('');
      setLocked({ name: file.name, file: protectedFile });
      return;
    }
    readImport(file.name, text);
  }

  async function onOpenProtected(event: Event) {
    event.preventDefault();
    if (!locked) return;
    setStatus({ place: 'import', text: 'Opening the file…' });
    const text = await unprotectText(locked.file, unlockPhrase);
    setStatus(undefined);
    if (text === undefined) {
      setPhraseError('That passphrase does not open this file. Nothing was changed.');
      return;
    }
    setLocked(undefined);
    setUnlockPhrase('');
    setPhraseError('');
    readImport(locked.name, text);
  }

  function readImport(name: string, text: string) {
    const result = parseImport(text, importRules);
    if (!result.ok) {
      setImportError(result.error);
      setStatus(undefined);
      return;
    }
    setImportError('');
    if (result.skipped.some((s) => s.reason === 'damaged')) {
      // The reader chooses: bring back the rest without the damaged items, or change nothing.
      setStatus(undefined);
      setPartial({ name, items: result.items, skipped: result.skipped });
      return;
    }
    finishImport(name, result.items, result.skipped);
  }

  function finishImport(name: string, items: Record<string, string>, skipped: readonly SkippedItem[]) {
    setPartial(undefined);
    const outcome = importStored(items);
    if (!outcome.ok) {
      setImportError(
        outcome.reason === 'full'
          ? 'There is not enough space on this device for this file. Nothing was changed. Erasing old unsent messages here first may make room.'
          : 'This browser refused to save the file. Nothing was changed. Check that it allows this site to store data, then try again.',
      );
      setStatus(undefined);
      return;
    }
    const { count, onlyThisVisit } = outcome;
    const unknown = unknownCount(skipped);
    const damaged = skipped.length - unknown;
    setStatus({
      place: 'import',
      text: [
        `Imported ${count} ${count === 1 ? 'item' : 'items'} from ${name}.`,
        damaged ? `Left out ${damaged} damaged ${damaged === 1 ? 'item' : 'items'}.` : '',
        unknown ? `Ignored ${unknown} ${unknown === 1 ? 'item' : 'items'} this site does not know.` : '',
        onlyThisVisit ? 'This browser is not keeping data right now, so it is here for this visit only.' : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  }

  return (
    <div class="your-data">
      {health !== 'ok' && (
        <p class="error">This browser is not keeping what you enter on this device right now, so there may be nothing to list.</p>
      )}
      <h2 id="stored-title">Stored on this device</h2>
      {!mounted ? (
        <p>Reading what is stored…</p>
      ) : items.length === 0 ? (
        <div class="empty">
          <Art picture={page} class="empty-art" />
          <p>Nothing. This site keeps nothing about you on this device right now.</p>
        </div>
      ) : (
        <table aria-labelledby="stored-title">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Since</th>
              <th scope="col" class="size">
                Size
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.key}>
                <th scope="row">
                  {item.label}
                  <span class="summary">{item.summary}</span>
                </th>
                <td class="since">{item.since ? <time dateTime={item.since}>{sinceWords(item.since)}</time> : sinceWords(undefined)}</td>
                <td class="size">{formatBytes(storedSize(item.key, item.text))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mounted && items.length > 0 && persistence !== 'unknown' && <p data-persistence={persistence}>{PERSISTENCE[persistence]}</p>}

      <h2 id="keep-a-copy">Keep a copy</h2>
      <p>Download everything listed above as one file. Keep it somewhere private: it holds what you wrote.</p>
      <p class="check">
        <input
          id="protect-export"
          type="checkbox"
          checked={protect}
          disabled={!mounted}
          onChange={(e) => setProtect(e.currentTarget.checked)}
        />
        <label for="protect-export">Protect the file with a passphrase</label>
      </p>
      {protect && (
        <div class="field">
          <label for="export-passphrase">Passphrase for the file</label>
          <p class="hint" id="export-passphrase-hint">
            You will need it to bring the file back. Nobody can recover it for you.
          </p>
          <input
            id="export-passphrase"
            type="password"
            autocomplete="new-password"
            value={passphrase}
            aria-describedby={exportError ? 'export-passphrase-hint export-error' : 'export-passphrase-hint'}
            aria-invalid={exportError ? 'true' : undefined}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
          {exportError && (
            <p class="error" id="export-error">
              {exportError}
            </p>
          )}
        </div>
      )}
      <button type="button" disabled={!mounted || items.length === 0} onClick={() => void onExport()}>
        Export my data
      </button>
      <Confirmation status={status} place="export" />
      <div class="field">
        <label class="check">
          <input type="checkbox" checked={!reminder.off} disabled={!mounted} onChange={(e) => setReminders(e.currentTarget.checked)} />
          Remind me to keep a copy: two weeks after I start, then once a month
        </label>
      </div>

      <h2>Bring a copy back</h2>
      <div class="field import-field">
        <p class="hint" id="import-hint">
          It replaces what is stored here now. A file that is damaged, from somewhere else or from a newer version changes nothing.
        </p>
        {/* A label styled as a button over a visually hidden input: the input keeps the focus, the keyboard and the file picker. */}
        <input
          id="import-file"
          class="file-input visually-hidden"
          type="file"
          accept="application/json,.json"
          disabled={!mounted}
          aria-describedby={importError ? 'import-hint import-error' : 'import-hint'}
          aria-invalid={importError ? 'true' : undefined}
          onChange={(e) => void onImport(e)}
        />
        <label for="import-file" class="file-button">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
            <path
              fill="none"
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
              stroke-linejoin="round"
              d="M12 15V3M7 10l5 5 5-5M5 15v4a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-4"
            />
          </svg>
          Import a file exported from this site
        </label>
        {importError && (
          <p class="error" id="import-error">
            {importError}
          </p>
        )}
      </div>
      {locked && (
        <form class="confirm" aria-labelledby="phrase-title" onSubmit={(e) => void onOpenProtected(e)} noValidate>
          <p id="phrase-title">{locked.name} is protected with a passphrase.</p>
          <div class="field">
            <label for="import-passphrase">Passphrase</label>
            <input
              id="import-passphrase"
              type="password"
              autocomplete="off"
              value={unlockPhrase}
              aria-describedby={phraseError ? 'phrase-error' : undefined}
              aria-invalid={phraseError ? 'true' : undefined}
              onInput={(e) => setUnlockPhrase(e.currentTarget.value)}
            />
            {phraseError && (
              <p class="error" id="phrase-error">
                {phraseError}
              </p>
            )}
          </div>
          <button type="submit">Open the file</button>{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setLocked(undefined);
              setStatus({ place: 'import', text: 'Nothing was changed.' });
            }}
          >
            Cancel
          </button>
        </form>
      )}
      {partial && (
        <div class="confirm" role="group" aria-labelledby="partial-title">
          <p id="partial-title">
            {damagedNames(partial.skipped)} in {partial.name} cannot be read. Import everything else and leave{' '}
            {partial.skipped.filter((s) => s.reason === 'damaged').length === 1 ? 'it' : 'them'} out? What is stored here now is replaced.
          </p>
          <button type="button" onClick={() => finishImport(partial.name, partial.items, partial.skipped)}>
            Import the rest
          </button>{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setPartial(undefined);
              setStatus({ place: 'import', text: 'Nothing was changed.' });
            }}
          >
            Cancel
          </button>
        </div>
      )}
      <Confirmation status={status} place="import" />

      <h2>Erase everything</h2>
      <p>Removes everything listed above from this browser, in every open tab. This cannot be undone.</p>
      {!confirming ? (
        <button type="button" class="danger" disabled={!mounted || items.length === 0} onClick={() => setConfirming(true)}>
          Erase everything
        </button>
      ) : (
        <p class="confirm" role="group" aria-label="Erase everything?">
          Erase everything this site keeps on this device?{' '}
          <button
            type="button"
            class="danger"
            onClick={() => {
              eraseStored();
              setConfirming(false);
              setStatus({ place: 'erase', text: 'Everything was erased from this device.' });
            }}
          >
            Yes, erase everything
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </p>
      )}
      <Confirmation status={status} place="erase" />
      <DiscreetSetting />
      <LockSettings onStatus={(text) => setStatus(text ? { place: 'lock', text } : undefined)} />
      <Confirmation status={status} place="lock" />
    </div>
  );
}

/** The polite live region beside one control: always on the page, so that screen readers announce what is written into it. */
function Confirmation({ status, place }: { status: Status | undefined; place: Place }) {
  return (
    <p class="saved" role="status">
      {status?.place === place ? status.text : null}
    </p>
  );
}
