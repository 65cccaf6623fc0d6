/**
 * Says `message` to screen readers through the page's polite live region
 * (rendered by BaseLayout).
 */
export function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('[data-announcer]');
  if (!region) return;
  // Clearing first makes a repeated message ("Link copied" twice) be read again.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/**
 * Copies `text` to the clipboard. Resolves false when the browser refuses
 * (no permission, insecure context); never rejects.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
