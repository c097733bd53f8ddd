import type { Command } from 'commander';
import { SitrepError } from '../../util/errors.js';
import { parseSize } from '../inputs.js';
import { warn } from '../output.js';

interface ServeFlags {
  db?: string;
  port: string;
  host: string;
  maxUpload: string;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API (docs at /api/docs) and the web UI over the database')
    .option('--db <path>', 'database file (default $SITREP_DB or ./sitrep.db)')
    .option('--port <port>', 'TCP port', '8080')
    .option('--host <host>', 'address to listen on; anything but loopback exposes the server', '127.0.0.1')
    .option('--max-upload <size>', 'refuse uploads larger than this with 413', '20MB')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new SitrepError(`--port wants a number from 0 to 65535, got "${flags.port}"`, 'E_BAD_ARGUMENT');
      const maxUpload = parseSize(flags.maxUpload);
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
        maxUpload,
        loopbackOnly: loopback,
        logErrors: true,
      });
      const address = await app.listen({ port, host: flags.host });
      process.stdout.write(`sitrep: serving ${dbPath} at ${address} (API docs at ${address}/api/docs)\n`);
      if (token.origin === 'created')
        process.stdout.write(`sitrep: new API token (saved in ${token.file}): ${token.token}\n`);
      else if (token.file) process.stdout.write(`sitrep: API token in ${token.file}\n`);
      if (!loopback) warn(`listening on ${flags.host}: anyone who can reach it can read the database`);
      const stop = async () => {
        await app.close();
        store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
