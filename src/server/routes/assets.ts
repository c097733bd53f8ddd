// The stylesheet and the one script, served as files (the CSP forbids inline ones). They are read
// once at start-up from src/server/assets (also found from a build in dist/, which tsc does not copy
// them into).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { wordTable } from '../../util/word-table.js';
import { HttpError } from '../errors.js';

const TYPES: Record<string, string> = wordTable({
  'app.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
});

function assetDir(): string {
  const here = fileURLToPath(new URL('../assets/', import.meta.url));
  const fromDist = fileURLToPath(new URL('../../../src/server/assets/', import.meta.url));
  return [here, fromDist].find((dir) => existsSync(join(dir, 'app.css'))) ?? here;
}

export function registerAssets(app: FastifyInstance): void {
  const dir = assetDir();
  const files = new Map(Object.keys(TYPES).map((name) => [name, readFileSync(join(dir, name))]));
  app.get('/assets/:name', async (request, reply) => {
    const { name } = request.params as { name: string };
    const body = files.get(name);
    const type = TYPES[name];
    if (!body || !type) throw new HttpError(404, 'no such asset', 'E_NOT_FOUND');
    return reply.type(type).header('cache-control', 'public, max-age=300').send(body);
  });
}
