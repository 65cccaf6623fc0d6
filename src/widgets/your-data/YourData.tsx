import { useEffect, useState } from 'preact/hooks';
import { todayIso } from '~/lib/calendar-date';
import { buildExport, formatBytes, parseImport, storedSize } from '~/lib/your-data';
import { $storageHealth } from '~/stores/engine';
import { $stored, eraseStored, exportStored, importRules, importStored, nameQuizzes, type StoredEntry } from '~/stores/registry';
import { download } from '../shared/download';
import { useStore } from '../shared/use-store';

interface Props {
  /** Quiz ids and titles, to name stored answers. */
  quizzes: { id: string; title: string }[];
}

const NOTHING: readonly StoredEntry[] = [];

/** Everything the site keeps on this device, with export, import and erase. */
export default function YourData({ quizzes }: Props) {
  nameQuizzes(quizzes);
  const health = useStore($storageHealth, 'ok');
  const items = useStore($stored, NOTHING);
  const [mounted, setMounted] = useState(false);
  const [status, setStatus] = useState('');
  const [importError, setImportError] = useState('');
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setMounted(true), []);

  async function onImport(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseImport(await file.text(), importRules);
    if (!result.ok) {
      setImportError(result.error);
      setStatus('');
      return;
    }
    const count = importStored(result.items);
    setImportError('');
    setStatus(`Imported ${count} ${count === 1 ? 'item' : 'items'} from ${file.name}.`);
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
      <button
        type="button"
        disabled={!mounted || items.length === 0}
        onClick={() => {
          // Named by the reader's own calendar date, as everything else here is.
          const now = new Date();
          download(
            `after-the-breakup-${todayIso(now)}.json`,
            JSON.stringify(buildExport(exportStored(), now), null, 2),
            'application/json',
          );
          setStatus('Your file is downloading. Nothing was sent anywhere.');
        }}
      >
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
      <p class="saved" role="status">
        {status}
      </p>
    </div>
  );
}
