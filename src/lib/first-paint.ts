import { createHash } from 'node:crypto';

/**
 * Rewrites of a built page so that its first paint needs nothing but its own
 * HTML, in as few bytes as possible (see src/integrations/first-paint.ts).
 * Plain string work on the HTML Astro writes: no DOM, no framework.
 */

/** The attribute on `<html>` listing the page's module scripts, which the head script loads after the first paint. */
export const SCRIPTS_ATTRIBUTE = 'data-scripts';

/** A module script tag as Astro writes it for a bundled `<script>`. */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/**
 * Takes the page's `<script type="module" src>` tags out and lists their
 * addresses, in document order, in `data-scripts` on `<html>`, for the head
 * script to load once the first paint is on screen (see headScript). Where
 * browsers fetch and run them before painting, a phone shows nothing until
 * they have; the page works without them until then (its links and forms are
 * plain HTML, and quick exit lives in the head script).
 * @returns the page unchanged when it has no module scripts.
 * @throws Error when the page has no `<html>` tag to carry the list.
 */
export function deferModuleScripts(html: string): string {
  const sources = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  if (sources.length === 0) return html;
  if (sources.some((src) => /[\s"]/.test(src))) throw new Error(`A module script address has a space or quote: ${sources.join(', ')}`);
  const withoutTags = html.replace(MODULE_SCRIPT, '');
  const htmlTag = /<html\b[^>]*>/.exec(withoutTags);
  if (!htmlTag) throw new Error('The page has no <html> tag');
  const listed = htmlTag[0].replace(/>$/, ` ${SCRIPTS_ATTRIBUTE}="${sources.join(' ')}">`);
  return withoutTags.slice(0, htmlTag.index) + listed + withoutTags.slice(htmlTag.index + htmlTag[0].length);
}

/** The page's `data-scripts` list (see {@link deferModuleScripts}). */
export function deferredScripts(html: string): string[] {
  const value = new RegExp(`<html\\b[^>]*\\s${SCRIPTS_ATTRIBUTE}="([^"]*)"`).exec(html)?.[1] ?? '';
  return value.split(' ').filter(Boolean);
}

/** The CSP source expression allowing an inline script or style: `'sha256-…'` of its exact text. */
export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
}

/** Hashes of the inline scripts the page runs (JSON data blocks never run) and of its inline styles, `<template>`s included. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\ssrc=/.test(attributes!) && !/\stype="application\/(ld\+)?json"/.test(attributes!))
    .map(([, , text]) => cspHash(text!));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, text]) => cspHash(text!));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/**
 * Narrows the page's CSP `<meta>` to the hashes of its own inline scripts and
 * styles. Astro lists every inline script and style of the whole build on
 * every page (29 hashes on a chapter, 1.2 KB gzip); a page needs its own two
 * or three. The rest of each directive (sources such as 'self') is kept.
 * @returns the page unchanged when it has no CSP `<meta>`.
 */
export function narrowCsp(html: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
  if (!meta) return html;
  const own = inlineHashes(html);
  const policy = meta[1]!
    .split(';')
    .map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      const hashes = name === 'script-src' ? own.scripts : name === 'style-src' ? own.styles : null;
      if (!hashes) return directive.trim();
      return [name, ...values.filter((value) => !/^'sha(256|384|512)-/.test(value)), ...hashes].join(' ');
    })
    .join(';');
  return html.slice(0, meta.index) + meta[0].replace(meta[1]!, () => policy) + html.slice(meta.index + meta[0].length);
}
