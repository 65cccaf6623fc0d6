import { nextChapter } from '~/lib/next-chapter';
import { $lastChapter, $readChapters } from '~/stores/reading';

// Home page: the reading button follows what this device remembers (other tabs included).
const link = document.querySelector<HTMLAnchorElement>('[data-next-chapter]');
const label = link?.querySelector<HTMLElement>('[data-next-label]');
const title = link?.querySelector<HTMLElement>('[data-next-title]');
// The chapter list on the page gives the order, the titles and the links.
const chapters = [...document.querySelectorAll<HTMLElement>('[data-chapter-list] li[data-slug]')].map((li) => ({
  slug: li.dataset['slug'] ?? '',
  link: li.querySelector('a'),
}));
const LABELS = { start: 'Start reading:', next: 'Next:', again: 'Read again:' } as const;

if (link && label && title) {
  const show = () => {
    const step = nextChapter(
      chapters.map((c) => c.slug),
      $readChapters.get(),
      $lastChapter.get(),
    );
    const source = chapters.find((c) => c.slug === step?.slug)?.link;
    if (!step || !source) return;
    label.textContent = LABELS[step.kind];
    title.textContent = source.textContent?.trim() ?? '';
    link.href = source.href;
  };
  $readChapters.subscribe(show);
  $lastChapter.subscribe(show);
}
