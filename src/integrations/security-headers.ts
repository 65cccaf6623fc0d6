import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Headers for every response on hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
const HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), bluetooth=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=(), interest-cohort=()',
};

/** Directives a <meta> CSP cannot carry, added to the header version. */
const HEADER_ONLY = ["frame-ancestors 'none'"];

/** Every HTML file under `dir`, as full paths. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/**
 * Merges the CSP each page carries in its <meta> (Astro's `security.csp`) into
 * one policy for the whole site: every directive's sources, united.
 */
function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Writes `<outDir>/_headers`: the site-wide CSP (with frame-ancestors) and the other security headers. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = htmlFiles(root).flatMap((file) => {
          const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(readFileSync(file, 'utf8'));
          return match ? [match[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"')] : [];
        });
        if (policies.length === 0) throw new Error('No page carries a CSP <meta>: is security.csp on?');
        const csp = `${mergePolicies(policies)}; ${HEADER_ONLY.join('; ')}`;
        const lines = ['/*', `  Content-Security-Policy: ${csp}`, ...Object.entries(HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
        writeFileSync(join(root, '_headers'), `${lines.join('\n')}\n`);
        logger.info(`_headers written (${policies.length} pages' policies merged)`);
      },
    },
  };
}
