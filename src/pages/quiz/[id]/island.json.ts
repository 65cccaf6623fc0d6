import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuizzes } from '~/data/quizzes';
import { quizIslandData } from '~/widgets/quiz/island-data';

export const getStaticPaths = (async () => (await getQuizzes()).map((entry) => ({ params: { id: entry.id } }))) satisfies GetStaticPaths;

/**
 * A self-check's island data as a static JSON file, fetched by the chapters
 * that embed the self-check (src/widgets/quiz/island-data.ts). The offline
 * worker precaches it.
 */
export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await quizIslandData(String(params['id']))), { headers: { 'Content-Type': 'application/json' } });
