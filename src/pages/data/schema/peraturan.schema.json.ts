import type { APIRoute } from 'astro';
import { regulationJsonSchema } from '../../../lib/export/schema.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(regulationJsonSchema(), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
