/** A place to share a link, as a plain URL the browser opens; no third-party script runs. */
export interface ShareTarget {
  /** Stable identifier, e.g. 'whatsapp'. */
  id: 'email' | 'sms' | 'whatsapp' | 'telegram' | 'x' | 'facebook' | 'reddit';
  /** Visible name of the service. */
  label: string;
  /** The URL that opens the service's share screen (mailto: for email, sms: for text messages). */
  href: string;
  /**
   * 'private': sent to people the reader chooses (email, messages, chat apps);
   * 'public': posted where anyone may see it. Private targets come first.
   */
  audience: 'private' | 'public';
}

/**
 * Share links for a page, private channels first, then the public networks.
 * `url` must be the page's canonical URL and nothing else: no reader data
 * ever goes into a shared link.
 */
export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const both = encodeURIComponent(`${title} ${url}`);
  return [
    { id: 'email', label: 'Email', href: `mailto:?subject=${t}&body=${both}`, audience: 'private' },
    // "sms:?&body=" is the form both iOS and Android read.
    { id: 'sms', label: 'Messages', href: `sms:?&body=${both}`, audience: 'private' },
    { id: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${both}`, audience: 'private' },
    { id: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}`, audience: 'private' },
    { id: 'x', label: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}`, audience: 'public' },
    { id: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}`, audience: 'public' },
    { id: 'reddit', label: 'Reddit', href: `https://www.reddit.com/submit?url=${u}&title=${t}`, audience: 'public' },
  ];
}
