import type { APIRoute } from 'astro';
import { getPlanDays } from '~/data/plan';

/**
 * The day-by-day plan as one static JSON file, fetched by the Today page only
 * when a plan is running: a first visit without a plan never downloads the 60
 * days, and the page's HTML stays small.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getPlanDays()), { headers: { 'Content-Type': 'application/json' } });
