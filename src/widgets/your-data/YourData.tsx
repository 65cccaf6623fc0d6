import { useEffect, useState } from 'preact/hooks';
import { todayIso } from '~/lib/calendar-date';
import { exportFileName } from '~/lib/discreet';
import { protectText, readProtected, unprotectText, type ProtectedFile } from '~/lib/vault';
import { buildExport, damagedNames, formatBytes, parseImport, storedSize, unknownCount, type SkippedItem } from '~/lib/your-data';
import { $discreet } from '~/stores/discreet';
import { $storageHealth } from '~/stores/engine';
import { $stored, eraseStored, exportStored, importRules, importStored, nameQuizzes, type StoredEntry } from '~/stores/registry';
import { download } from '../shared/download';
import { useStore } from '../shared/use-store';
import DiscreetSetting from './DiscreetSetting';
import LockSettings from './LockSettings';

interface Props {
  /** Quiz ids and titles, to name stored answers. */
  quizzes: { id: string; title: string }[];
}

const NOTHING: readonly StoredEntry[] = [];

/** An import file with damaged items, waiting for the reader to choose. */
interface PartialImport {
  name: string;
  items: Record<string, string>;
  skipped: SkippedItem[];
}

/** Everything the site keeps on this device, with export, import and erase. */
export default function YourData({ quizzes }: Props) {
  nameQuizzes(quizzes);
  const health = useStore($storageHealth, 'ok');
  const items = useStore($stored, NOTHING);
  const [mounted, setMounted] = useState(false);
  const [status, setStatus] = useState('');
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
    if (protect) setStatus('Protecting the file…');
    const content = protect ? JSON.stringify(await protectText(text, passphrase), null, 2) : text;
    download(exportFileName(todayIso(now), discreet), content, 'application/json');
    setStatus(
      protect
        ? 'Your file is downloading, protected by your passphrase. Nothing was sent anywhere.'
        : 'Your file is downloading. Nothing was sent anywhere.',
    );
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
      setStatus('');
      setPhraseError('');
      setLocked({ name: file.name, file: protectedFile });
      return;
    }
    readImport(file.name, text);
  }

  async function onOpenProtected(event: Event) {
    event.preventDefault();
    if (!locked) return;
    setStatus('Opening the file…');
    const text = await unprotectText(locked.file, unlockPhrase);
    setStatus('');
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
      setStatus('');
      return;
    }
    setImportError('');
    if (result.skipped.some((s) => s.reason === 'damaged')) {
      // The reader chooses: bring back the rest without the damaged items, or change nothing.
      setStatus('');
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
      setStatus('');
      return;
    }
    const { count, onlyThisVisit } = outcome;
    const unknown = unknownCount(skipped);
    const damaged = skipped.length - unknown;
    setStatus(
      [
        `Imported ${count} ${count === 1 ? 'item' : 'items'} from ${name}.`,
        damaged ? `Left out ${damaged} damaged ${damaged === 1 ? 'item' : 'items'}.` : '',
        unknown ? `Ignored ${unknown} ${unknown === 1 ? 'item' : 'items'} this site does not know.` : '',
        onlyThisVisit ? 'This browser is not keeping data right now, so it is here for this visit only.' : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
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
        <p>Nothing. This site keeps nothing about you on this device right now.</p>
      ) : (
        <table aria-labelledby="stored-title">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Since</th>
              <th scope="col">Size</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.key}>
                <th scope="row">
                  {item.label}
                  <span class="summary">{item.summary}</span>
                </th>
                <td>{item.since ? <time dateTime={item.since}>{item.since}</time> : 'earlier'}</td>
                <td>{formatBytes(storedSize(item.key, item.text))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Keep a copy</h2>
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

      <h2>Bring a copy back</h2>
      <div class="field">
        <label for="import-file">Import a file exported from this site</label>
        <p class="hint" id="import-hint">
          It replaces what is stored here now. A file that is damaged, from somewhere else or from a newer version changes nothing.
        </p>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          disabled={!mounted}
          aria-describedby={importError ? 'import-hint import-error' : 'import-hint'}
          aria-invalid={importError ? 'true' : undefined}
          onChange={(e) => void onImport(e)}
        />
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
              setStatus('Nothing was changed.');
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
              setStatus('Nothing was changed.');
            }}
          >
            Cancel
          </button>
        </div>
      )}

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
              setStatus('Everything was erased from this device.');
            }}
          >
            Yes, erase everything
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </p>
      )}
      <DiscreetSetting />
      <LockSettings onStatus={setStatus} />
      {/* One status line for the whole page: export, import, erase and the lock. */}
      <p class="saved" role="status">
        {status}
      </p>
    </div>
  );
}
