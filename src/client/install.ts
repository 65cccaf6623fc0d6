import { linkStyles } from './styles';

/** The event Chromium-based browsers fire when the site can be installed (not in the DOM typings). */
interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
}

/** Adds an item to the header's menu list (`data-menu-list`, src/components/SiteHeader.astro). */
function addToMenu(make: () => HTMLLIElement): HTMLLIElement | undefined {
  linkStyles('offline.css');
  return document.querySelector('[data-menu-list]')?.appendChild(make());
}

/**
 * Adds "Install" to the menu for the browser's install offer. The browser's
 * own dialog opens only when the reader presses it; the offer can be used
 * once, so the item then goes away, as it does once installed.
 */
export function offerInstall(event: Event): void {
  const item = addToMenu(() => {
    const li = document.createElement('li');
    li.className = 'install-item';
    const button = li.appendChild(document.createElement('button'));
    button.type = 'button';
    button.textContent = 'Install';
    button.onclick = () => {
      hide();
      void (event as InstallPromptEvent).prompt().catch(() => undefined);
    };
    return li;
  });
  const hide = () => item?.remove();
  addEventListener('appinstalled', hide, { once: true });
}

/** On iPhone and iPad, where installing is a step in the Share menu: says so, in one line, in the menu. */
export function hintInstall(): void {
  addToMenu(() => {
    const item = document.createElement('li');
    item.className = 'install-hint';
    item.textContent = 'To install: Share, then Add to Home Screen';
    return item;
  });
}
