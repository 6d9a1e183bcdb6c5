/** The list of regulations and their units, for the first question and for "unit from another regulation". */
import type { APIRoute } from 'astro';
import { semuaData } from '../../../lib/checker/data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(semuaData().indeks), { headers: { 'content-type': 'application/json; charset=utf-8' } });
