import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP_SECTIONS } from '../../src/lib/help';
import { COUNTRY_HELP } from '../../src/lib/helplines';
import { attributes, BUILDS, htmlFiles, ids, read } from './dist';

/** The HTML of the `<section>` whose heading has `id`, up to the next section of the help page. */
function sectionHtml(html: string, id: string): string {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  if (start === -1) return '';
  const end = html.indexOf('</section>', start);
  return html.slice(start, end === -1 ? undefined : end);
}

/** For each `data-country` block in `html`, its `tel:` links: the block runs to the next block. */
function telLinksByCountry(html: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const starts = [...html.matchAll(/data-country="([^"]+)"/g)];
  starts.forEach((m, i) => {
    const block = html.slice(m.index, starts[i + 1]?.index ?? html.length);
    const tel = attributes(block, 'a', 'href').filter((h) => h.startsWith('tel:'));
    found.set(m[1]!, [...(found.get(m[1]!) ?? []), ...tel]);
  });
  return found;
}

for (const build of BUILDS) {
  describe(`${build.name}: the help page`, () => {
    const file = join(build.dir, 'help/index.html');
    const html = existsSync(file) ? read(build, 'help/index.html') : '';

    it('has a section for each kind of help, with its fixed anchor', () => {
      const pageIds = ids(html);
      for (const { id } of Object.values(HELP_SECTIONS)) expect(pageIds, `#${id}`).toContain(id);
    });

    it('gives every tel: link digits only', () => {
      const tel = attributes(html, 'a', 'href').filter((h) => h.startsWith('tel:'));
      expect(tel.length).toBeGreaterThan(COUNTRY_HELP.length * 2);
      for (const href of tel) expect(href).toMatch(/^tel:\+?\d+$/);
    });

    for (const section of ['danger', 'crisis'] as const) {
      it(`lists, in the ${section} section, a number to call for every country`, () => {
        const byCountry = telLinksByCountry(sectionHtml(html, HELP_SECTIONS[section].id));
        for (const country of COUNTRY_HELP) {
          expect(byCountry.get(country.id)?.length ?? 0, `${country.name} in #${section}`).toBeGreaterThan(0);
        }
      });
    }

    it('names each country’s crisis line with its number', () => {
      const crisis = sectionHtml(html, HELP_SECTIONS.crisis.id);
      for (const country of COUNTRY_HELP) {
        for (const line of country.crisis) if (line.phone) expect(crisis, line.name).toContain(`href="${line.phone.href}"`);
      }
    });
  });

  describe(`${build.name}: links to the help page`, () => {
    it('every link to a section of /help/ lands on an id the page has', () => {
      if (!existsSync(build.dir)) return;
      const helpIds = ids(read(build, 'help/index.html'));
      const helpPage = `${build.base}help/`;
      const broken: string[] = [];
      let checked = 0;
      for (const page of htmlFiles(build.dir)) {
        for (const href of attributes(read(build, page), 'a', 'href')) {
          const path = href.replace(/^https?:\/\/[^/]+/, '');
          if (!path.startsWith(`${helpPage}#`)) continue;
          checked++;
          const id = decodeURIComponent(path.slice(helpPage.length + 1));
          if (!helpIds.has(id)) broken.push(`${page}: ${href}`);
        }
      }
      expect(broken).toEqual([]);
      // The footer links two sections on every page.
      expect(checked).toBeGreaterThan(10);
    });
  });
}
