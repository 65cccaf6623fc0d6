import { $storageHealth } from '~/stores/engine';

/**
 * Shows a polite notice whenever what the reader enters cannot be kept on the
 * device. The sentences are in the notice's markup (`data-unavailable`,
 * `data-full`, from STORAGE_NOTICES in src/lib/safe-storage.ts): HTML, not
 * bytes of the script every page loads.
 */
export function initStorageNotice(): void {
  const notice = document.querySelector<HTMLElement>('[data-storage-notice]');
  if (!notice) return;
  $storageHealth.subscribe((health) => {
    notice.hidden = health === 'ok';
    notice.textContent = health === 'ok' ? '' : (notice.dataset[health] ?? '');
  });
}
