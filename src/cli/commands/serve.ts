import cluster from 'node:cluster';
import type { Command } from 'commander';
import { SitrepError } from '../../util/errors.js';
import { parseSize } from '../inputs.js';
import { warn } from '../output.js';

interface ServeFlags {
  db?: string;
  port: string;
  host: string;
  maxUpload: string;
  workers: string;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API (docs at /api/docs) and the web UI over the database')
    .option('--db <path>', 'database file (default $SITREP_DB or ./sitrep.db)')
    .option('--port <port>', 'TCP port', '8080')
    .option('--host <host>', 'address to listen on; anything but loopback exposes the server', '127.0.0.1')
    .option('--max-upload <size>', 'refuse uploads larger than this with 413', '20MB')
    .option('--workers <n>', 'server processes sharing the port (one per core serves more readers)', '1')
    .action(async (flags: ServeFlags) => {
      const port = whole(flags.port, 'port', 0, 65535);
      const workers = whole(flags.workers, 'workers', 1, 64);
      const maxUpload = parseSize(flags.maxUpload);
      if (workers > 1 && cluster.isPrimary) await superviseWorkers(flags, workers);
      else await serveOne(flags, port, maxUpload);
    });
}

function whole(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new SitrepError(`--${name} wants a number from ${min} to ${max}, got "${text}"`, 'E_BAD_ARGUMENT');
  return value;
}

/** One server process: the whole server when --workers is 1, else one of the cluster's workers. */
async function serveOne(flags: ServeFlags, port: number, maxUpload: number): Promise<void> {
  // Loaded on use: the server pulls in fastify and every pipeline stage.
  const [{ buildApp }, { isLoopback, loadOrCreateToken }, { openStore }, { databasePath }] =
    await Promise.all([
      import('../../server/app.js'),
      import('../../server/security.js'),
      import('../../store/index.js'),
      import('../../store/location.js'),
    ]);
  const dbPath = databasePath(flags.db);
  const store = openStore(dbPath);
  const token = loadOrCreateToken(dbPath);
  const loopback = isLoopback(flags.host);
  const app = await buildApp({
    store,
    token: token.token,
    // Workers share the primary's form token, so a form served by one can be posted to another.
    formToken: process.env.SITREP_FORM_TOKEN || undefined,
    maxUpload,
    loopbackOnly: loopback,
    logErrors: true,
  });
  const address = await app.listen({ port, host: flags.host });
  const stop = async () => {
    await app.close();
    store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (cluster.isWorker) return;
  process.stdout.write(`sitrep: serving ${dbPath} at ${address} (API docs at ${address}/api/docs)\n`);
  announceToken(token);
  if (!loopback) warn(`listening on ${flags.host}: anyone who can reach it can read the database`);
}

function announceToken(token: { origin: string; token: string; file: string | null }): void {
  if (token.origin === 'created')
    process.stdout.write(`sitrep: new API token (saved in ${token.file}): ${token.token}\n`);
  else if (token.file) process.stdout.write(`sitrep: API token in ${token.file}\n`);
}

/**
 * The primary of a cluster: prepares the database and the tokens once (so workers do not race to
 * create them), forks the workers, and restarts one that dies. Caches stay coherent across workers
 * because each follows the database files (see server/cache.ts).
 */
async function superviseWorkers(flags: ServeFlags, workers: number): Promise<void> {
  const [{ loadOrCreateToken, newToken }, { openStore }, { databasePath }] = await Promise.all([
    import('../../server/security.js'),
    import('../../store/index.js'),
    import('../../store/location.js'),
  ]);
  const dbPath = databasePath(flags.db);
  openStore(dbPath).close();
  const token = loadOrCreateToken(dbPath);
  const env = { SITREP_TOKEN: token.token, SITREP_FORM_TOKEN: newToken() };
  let stopping = false;
  let listening = 0;
  // Announced once every worker listens, so that the address printed is served by all of them.
  cluster.on('listening', (_worker, address) => {
    if (++listening !== workers) return;
    const host = address.address?.includes(':') ? `[${address.address}]` : (address.address ?? flags.host);
    const url = `http://${host}:${address.port}`;
    process.stdout.write(
      `sitrep: serving ${dbPath} at ${url} with ${workers} workers (API docs at ${url}/api/docs)\n`,
    );
    announceToken(token);
  });
  cluster.on('exit', (_worker, code) => {
    if (stopping) return;
    // A worker that fails before all listen cannot start (a port in use, a bad host): stop, since a
    // replacement would fail the same way. The worker has said why. Exit code 2 whatever the worker's
    // (an error it could not catch exits with 1), as for any server that cannot start.
    if (listening < workers) {
      process.exitCode = 2;
      stop();
      return;
    }
    warn(`a server worker exited (${code}); starting another`);
    cluster.fork(env);
  });
  // A worker that dies while it is being stopped can fail its IPC channel (EPIPE): without a
  // listener that error would crash the primary with exit code 1 instead of the code chosen above.
  cluster.on('fork', (worker) =>
    worker.on('error', (error) => {
      if (!stopping) warn(`a server worker failed: ${error.message}`);
    }),
  );
  for (let i = 0; i < workers; i++) cluster.fork(env);
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    cluster.disconnect(() => process.exit(Number(process.exitCode ?? 0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
