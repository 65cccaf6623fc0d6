import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deferredScripts } from '../../src/lib/first-paint';
import { pngSize } from '../../src/lib/og-image';
import { attributes, BUILDS, fileFor, htmlFiles, ids, meta, pagePath, read } from './dist';

const chapterSlugs = (dir: string) =>
  htmlFiles(dir)
    .filter((f) => /^guide\/(?!all\/)[^/]+\/index\.html$/.test(f))
    .map((f) => f.split('/')[1]!);

for (const build of BUILDS) {
  describe(build.name, () => {
    it('was built', () => {
      expect(existsSync(join(build.dir, 'index.html')), `run the build for ${build.dir} first`).toBe(true);
    });

    // Pages for readers and search engines: not the not-found page, nor the installed app's start page.
    const pages = existsSync(build.dir) ? htmlFiles(build.dir).filter((f) => f !== '404.html' && f !== 'start/index.html') : [];
    // And every page the build wrote: those two as well.
    const everyPage = [...pages, '404.html', 'start/index.html'];
    const origin = build.site;

    it('has every chapter, quiz and page', () => {
      const paths = pages.map((f) => pagePath(build, f));
      for (const path of [
        '',
        'help/',
        'about/',
        'no-contact/',
        'guide/all/',
        'quiz/acceptance/',
        'quiz/ready-to-reach-out/',
        'quiz/dating-motives/',
      ]) {
        expect(paths).toContain(build.base + path);
      }
      const sources = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx'));
      expect(chapterSlugs(build.dir).sort()).toEqual(sources.map((f) => f.replace(/\.mdx$/, '')).sort());
    });

    it('gives every page a unique title and description', () => {
      const titles = new Map<string, string>();
      for (const file of pages) {
        const html = read(build, file);
        const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
        expect(title, file).toBeTruthy();
        expect(titles.has(title!), `${file} repeats the title of ${titles.get(title!)}`).toBe(false);
        titles.set(title!, file);
        const description = meta(html, 'description');
        expect(description?.length, file).toBeGreaterThan(40);
        expect(description!.length, file).toBeLessThanOrEqual(160);
      }
    });

    it('gives every page a canonical URL and rich-preview tags with absolute URLs', () => {
      for (const file of pages) {
        const html = read(build, file);
        const url = origin + pagePath(build, file);
        expect(
          attributes(html, 'link', 'href').find((h) => h === url),
          `${file} canonical`,
        ).toBe(url);
        expect(html).toContain(`<link rel="canonical" href="${url}"`);
        expect(meta(html, 'og:url'), file).toBe(url);
        expect(meta(html, 'og:title'), file).toBeTruthy();
        expect(meta(html, 'og:description'), file).toBeTruthy();
        expect(['website', 'article']).toContain(meta(html, 'og:type'));
        expect(meta(html, 'og:image'), file).toMatch(new RegExp(`^${origin}${build.base}og/.+\\.png$`));
        expect(meta(html, 'og:image:width'), file).toBe('1200');
        expect(meta(html, 'og:image:height'), file).toBe('630');
        expect(meta(html, 'og:image:alt')?.length, file).toBeGreaterThan(10);
        expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');
      }
    });

    it('gives every page its own 1200×630 preview image', () => {
      const images = new Set<string>();
      for (const file of pages) {
        const image = meta(read(build, file), 'og:image')!;
        const local = fileFor(build, new URL(image).pathname);
        expect(local, `${file}: ${image} is missing`).toBeTruthy();
        expect(pngSize(readFileSync(local!)), image).toEqual({ width: 1200, height: 630 });
        images.add(image);
      }
      expect(images.size).toBe(pages.length);
    });

    it('describes chapters as Articles with breadcrumbs (JSON-LD)', () => {
      for (const slug of chapterSlugs(build.dir)) {
        const html = read(build, `guide/${slug}/index.html`);
        const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
        const article = blocks.find((b) => b['@type'] === 'Article');
        const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
        expect(article?.url).toBe(`${origin}${build.base}guide/${slug}/`);
        expect(article?.image).toBe(`${origin}${build.base}og/guide/${slug}.png`);
        expect(crumbs?.itemListElement).toHaveLength(2);
      }
    });

    it('lists every page in the sitemap, and robots.txt points to it', () => {
      const index = readFileSync(join(build.dir, 'sitemap-index.xml'), 'utf8');
      const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => fileFor(build, new URL(m[1]!).pathname));
      const urls = sitemaps.flatMap((file) => [...readFileSync(file!, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
      for (const file of pages) expect(urls, file).toContain(origin + pagePath(build, file));
      expect(urls.some((u) => u!.includes('404'))).toBe(false);
      const robots = readFileSync(join(build.dir, 'robots.txt'), 'utf8');
      expect(robots).toContain(`Sitemap: ${origin}${build.base}sitemap-index.xml`);
    });

    it('has an installable web manifest: description, icons (maskable too) and screenshots that exist at their stated sizes', () => {
      const manifest = JSON.parse(readFileSync(join(build.dir, 'manifest.webmanifest'), 'utf8'));
      expect(manifest.start_url).toBe(`${build.base}start/`);
      expect(fileFor(build, `${build.base}start/`)).toBeTruthy();
      expect(manifest.scope).toBe(build.base);
      expect(manifest.description.length).toBeGreaterThan(20);
      for (const icon of manifest.icons) expect(fileFor(build, icon.src), icon.src).toBeTruthy();
      expect(pngSize(readFileSync(fileFor(build, `${build.base}icon-512.png`)!))).toEqual({ width: 512, height: 512 });
      const maskable = manifest.icons.filter((icon: { purpose?: string }) => icon.purpose === 'maskable');
      expect(maskable.map((icon: { sizes: string }) => icon.sizes)).toEqual(['192x192', '512x512']);
      const shots: { src: string; sizes: string; form_factor: string }[] = manifest.screenshots;
      expect(shots.map((shot) => shot.form_factor).sort()).toEqual(['narrow', 'wide']);
      for (const { src, sizes } of [...maskable, ...shots]) {
        const [width, height] = sizes.split('x').map(Number);
        expect(pngSize(readFileSync(fileFor(build, src)!)), src).toEqual({ width, height });
      }
    });

    it('precaches every page, script and style for offline use, and no preview image, screenshot or search index', () => {
      const worker = readFileSync(join(build.dir, 'sw.js'), 'utf8');
      const urls = [...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
      // Relative to the worker, so they resolve under the base path.
      for (const url of urls) expect(url, url).not.toMatch(/^\//);
      for (const file of htmlFiles(build.dir)) expect(urls, file).toContain(file);
      const assets = readdirSync(join(build.dir, '_astro')).filter((f) => /\.(js|css)$/.test(f));
      for (const asset of assets) expect(urls, asset).toContain(`_astro/${asset}`);
      expect(urls).toContain('manifest.webmanifest');
      expect(urls.filter((url) => /^(og|screenshots|pagefind)\//.test(url))).toEqual([]);
      // No code from elsewhere: the Workbox runtime is inlined, not imported.
      expect(worker.includes('importScripts('), 'sw.js imports a script').toBe(false);
    });

    it('writes _headers: the security headers, and each page its own full CSP on short lines (defect 8)', () => {
      const headers = readFileSync(join(build.dir, '_headers'), 'utf8');
      // Cloudflare Pages ignores a line of 2,000 characters or more, and reads at most 100 rules.
      for (const line of headers.split('\n')) expect(line.length, line.slice(0, 60)).toBeLessThan(2000);
      const rules = new Map(
        headers
          .trim()
          .split('\n\n')
          .map((block) => {
            const [path, ...lines] = block.split('\n');
            return [path!, lines.map((l) => l.trim())] as const;
          }),
      );
      expect(rules.size).toBeLessThanOrEqual(100);
      const all = (rules.get('/*') ?? []).join('\n');
      expect(all).toMatch(/Strict-Transport-Security: max-age=\d+/);
      expect(all).toContain('X-Content-Type-Options: nosniff');
      expect(all).toContain('X-Frame-Options: DENY');
      expect(all).toContain('Referrer-Policy: no-referrer');
      expect(all).not.toContain('Content-Security-Policy');
      const permissions = /Permissions-Policy: (.+)/.exec(all)?.[1] ?? '';
      expect(permissions).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
      // Features Chromium 156 recognises: an unknown one ('bluetooth') is logged as an error on every page.
      const known = new Set([
        'camera',
        'microphone',
        'geolocation',
        'payment',
        'usb',
        'serial',
        'hid',
        'midi',
        'magnetometer',
        'gyroscope',
        'accelerometer',
        'display-capture',
        'browsing-topics',
        'interest-cohort',
      ]);
      for (const feature of permissions.split(', ').map((f) => f.split('=')[0]!)) expect(known, feature).toContain(feature);
      const swRule = rules.get(`${build.base}sw.js`) ?? [];
      expect(swRule, 'the service worker is checked for a new version on every visit').toEqual(['Cache-Control: no-cache']);
      expect(rules.get(`${build.base}_astro/*`)).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
      for (const file of everyPage) {
        const route = pagePath(build, file);
        const csp =
          (rules.get(route) ?? []).find((l) => l.startsWith('Content-Security-Policy: '))?.slice('Content-Security-Policy: '.length) ?? '';
        for (const part of [
          "default-src 'none'",
          "frame-ancestors 'none'",
          "base-uri 'none'",
          "form-action 'self'",
          "object-src 'none'",
          "worker-src 'self'",
        ]) {
          expect(csp, `${route}: ${part}`).toContain(part);
        }
        expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
        const html = read(build, file);
        expect(html, `${file} has a style attribute`).not.toMatch(/<[^>]+\sstyle="/);
        // Every executable inline script and every inline style of the page is allowed by hash, and
        // nothing else: no hash of another page's.
        const listed = (directive: string) =>
          (
            csp
              .split(';')
              .find((d) => d.trim().startsWith(`${directive} `))
              ?.match(/'sha256-[^']+'/g) ?? []
          ).sort();
        const own = (pattern: RegExp) =>
          [...new Set([...html.matchAll(pattern)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`))].sort();
        expect(listed('script-src'), `${file}: script hashes`).toEqual(
          own(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
        );
        expect(listed('style-src'), `${file}: style hashes`).toEqual(own(/<style\b[^>]*>([\s\S]*?)<\/style>/g));
      }
    });

    it('starts every page’s scripts after its first paint: none in the HTML, all in data-scripts, the site script last', () => {
      for (const file of everyPage) {
        const html = read(build, file);
        expect(html, file).not.toMatch(/<script\b[^>]*\ssrc=/);
        expect(html, `${file}: the manifest is linked after the first paint`).not.toMatch(/<link\b[^>]*rel="manifest"/);
        const scripts = deferredScripts(html);
        expect(scripts.at(-1), file).toMatch(/\/_astro\/BaseLayout\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/);
        for (const src of scripts) expect(fileFor(build, src), `${file}: ${src}`).toBeTruthy();
      }
    });

    it('keeps what is built later (src/components/Later.astro) where its scripts look: in a popover, or once a page as the reader comes near', () => {
      let chapters = 0;
      for (const file of everyPage) {
        const html = read(build, file);
        const holders = [...html.matchAll(/<noscript\b([^>]*)>([\s\S]*?)<\/noscript>/g)];
        for (const [, attrs, content] of holders) {
          expect(attrs, `${file}: every <noscript> is a Later`).toMatch(/^ data-later="(open|near)"$/);
          // Built with outerHTML, which runs no script.
          expect(content, file).not.toMatch(/<(script|noscript)\b/);
        }
        const near = holders.filter(([, attrs]) => attrs!.includes('"near"'));
        expect(near.length, `${file}: src/client/later.ts builds one "near" part a page`).toBeLessThanOrEqual(1);
        // "open" parts sit directly in a popover, which the head script builds as it opens.
        for (const match of html.matchAll(/<noscript data-later="open">/g)) {
          const before = html.slice(0, match.index);
          const parent = /^<div\b[^>]*>/.exec(before.slice(before.lastIndexOf('<div')))?.[0];
          expect(parent, file).toMatch(/\spopover\b/);
        }
        if (/^guide\/(?!all\/)/.test(file)) {
          chapters++;
          expect(near[0]?.[2], `${file}: "All chapters" is built near`).toMatch(/data-chapter-list/);
          expect(html, `${file}: the share links are built as the panel opens`).toMatch(
            /<noscript data-later="open">\s*<p class="group-label"|<noscript data-later="open"><ul/,
          );
        }
      }
      expect(chapters).toBeGreaterThan(0);
    });

    it('has no broken internal link or #fragment', () => {
      const broken: string[] = [];
      let checked = 0;
      for (const file of everyPage) {
        const html = read(build, file);
        const here = pagePath(build, file);
        const targets = [
          ...attributes(html, 'a', 'href'),
          ...attributes(html, 'link', 'href'),
          ...attributes(html, 'script', 'src'),
          ...attributes(html, 'img', 'src'),
          ...attributes(html, 'dialog', 'data-search-module'),
        ];
        for (const target of targets) {
          if (target.startsWith('tel:')) continue;
          if (/^(https?:|mailto:)/.test(target)) {
            if (target.startsWith(origin)) {
              // Absolute links to this site (canonical) are checked like relative ones.
            } else continue;
          }
          checked++;
          const url = new URL(target, origin + here);
          if (url.origin !== origin) continue;
          const targetFile = fileFor(build, url.pathname);
          if (!targetFile) {
            broken.push(`${file}: ${target}`);
            continue;
          }
          if (url.hash && targetFile.endsWith('.html')) {
            const id = decodeURIComponent(url.hash.slice(1));
            if (!ids(readFileSync(targetFile, 'utf8')).has(id)) broken.push(`${file}: ${target} (no #${id})`);
          }
        }
      }
      expect(broken).toEqual([]);
      expect(checked).toBeGreaterThan(100);
      console.log(`${build.name}: ${checked} internal links checked, ${broken.length} broken`);
    });
  });
}
