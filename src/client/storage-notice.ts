import { $storageHealth } from '~/stores/engine';

const MESSAGES = {
  unavailable:
    'This browser is not letting the site save anything, so what you enter here is not saved on this device. It will be gone when you close the page.',
  full: 'Storage on this device is full, so your latest changes are not saved on this device. They will be gone when you close the page.',
} as const;

/** Shows a polite notice whenever what the reader enters cannot be kept on the device. */
export function initStorageNotice(): void {
  const notice = document.querySelector<HTMLElement>('[data-storage-notice]');
  if (!notice) return;
  $storageHealth.subscribe((health) => {
    notice.hidden = health === 'ok';
    notice.textContent = health === 'ok' ? '' : MESSAGES[health];
  });
}
