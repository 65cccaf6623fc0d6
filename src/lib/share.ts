/** A place to share a link, as a plain URL the browser opens; no third-party script runs. */
export interface ShareTarget {
  /** Stable identifier, e.g. 'whatsapp'. */
  id: 'email' | 'whatsapp' | 'telegram' | 'x' | 'facebook' | 'reddit';
  /** Visible name of the service. */
  label: string;
  /** The URL that opens the service's share screen (mailto: for email). */
  href: string;
}

/**
 * Share links for a page. `url` must be the page's canonical URL and nothing
 * else: no reader data ever goes into a shared link.
 */
export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const both = encodeURIComponent(`${title} ${url}`);
  return [
    { id: 'email', label: 'Email', href: `mailto:?subject=${t}&body=${both}` },
    { id: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${both}` },
    { id: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { id: 'x', label: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { id: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: 'reddit', label: 'Reddit', href: `https://www.reddit.com/submit?url=${u}&title=${t}` },
  ];
}
