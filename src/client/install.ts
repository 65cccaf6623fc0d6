/** The event Chromium-based browsers fire when the site can be installed (not in the DOM typings). */
interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
}

/**
 * Shows the menu's "Install" button for the browser's install offer. The
 * browser's own dialog opens only when the reader presses it; the offer can
 * be used once, so the button then goes away, as it does once installed.
 */
export function offerInstall(event: Event): void {
  const items = document.querySelectorAll<HTMLElement>('[data-install]');
  const hide = () => items.forEach((item) => (item.hidden = true));
  for (const item of items) {
    item.hidden = false;
    item.querySelector('button')!.onclick = () => {
      hide();
      void (event as InstallPromptEvent).prompt().catch(() => undefined);
    };
  }
  addEventListener('appinstalled', hide, { once: true });
}
