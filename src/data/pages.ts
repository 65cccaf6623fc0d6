import { getCollection } from 'astro:content';
import { getChapters } from './chapters';
import { getQuizzes } from './quizzes';
import { SITE } from './site';
import type { OgCard } from '~/lib/og-image';
import { chapterPath } from '~/lib/url';

/** Titles and descriptions of the pages that are not chapters, shared by each page and its preview image. */
export const PAGES = {
  home: {
    path: '/',
    title: 'When the breakup wasn\u2019t your choice',
    description: SITE.tagline,
    kicker: 'A free, private guide',
  },
  noContact: {
    path: '/no-contact/',
    title: 'No-contact tracker',
    description:
      'Count your days of no contact, see what each stage asks of you, and write the message you must not send. It stays in this browser and is never sent anywhere.',
    kicker: 'Tool',
  },
  today: {
    path: '/today/',
    title: 'Today',
    description:
      'Where you are in your no-contact plan, one small step for today, and a check-in that takes a few seconds. It stays in this browser and is never sent anywhere.',
    kicker: 'Your day',
  },
  yourData: {
    path: '/your-data/',
    title: 'Your data on this device',
    description:
      'See everything this guide keeps in your browser, download a copy, bring one back, or erase it all. Nothing is ever sent anywhere.',
    kicker: 'Privacy',
  },
  all: {
    path: '/guide/all/',
    title: 'The whole guide on one page',
    description: 'Every chapter of After the Breakup on a single page, to read offline or print.',
    kicker: 'The whole guide',
  },
} as const;

/** Every page that has a preview image, with what its image says. */
export async function getOgCards(): Promise<{ path: string; card: OgCard }[]> {
  const chapters = await getChapters();
  const pages = Object.values(PAGES).map(({ path, title, description, kicker }) => ({
    path,
    card: { kicker, title, description, siteName: SITE.name },
  }));
  const markdown = (await getCollection('pages')).map(({ id, data }) => ({
    path: `/${id}/`,
    card: { kicker: data.kicker, title: data.title, description: data.description, siteName: SITE.name },
  }));
  const chapterCards = chapters.map((chapter, i) => ({
    path: chapterPath(chapter.slug),
    card: {
      kicker: `Chapter ${i + 1} of ${chapters.length}`,
      title: chapter.title,
      description: chapter.description,
      siteName: SITE.name,
    },
  }));
  const quizCards = (await getQuizzes()).map(({ id, quiz }) => ({
    path: `/quiz/${id}/`,
    card: {
      kicker: `Self-check · ${quiz.questions.length} questions`,
      title: quiz.title,
      description: quiz.description,
      siteName: SITE.name,
    },
  }));
  return [...pages, ...markdown, ...chapterCards, ...quizCards];
}
