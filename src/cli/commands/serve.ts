import { InvalidArgumentError, type Command } from 'commander';
import { loadDemoIfEmpty } from '../../app/demo-council.js';
import { openCouncil } from '../../app/open-council.js';
import { UserError } from '../../domain/errors.js';
import { buildServer } from '../../http/server.js';
import type { CliContext } from '../context.js';
import { step } from '../output.js';
import { dataDirOption, storeOptions } from '../store-options.js';
import { describeDemo } from './demo.js';

/** Until accounts and access control exist, the server is reachable from this machine only. */
const HOST = '127.0.0.1';

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new InvalidArgumentError(`"${text}" is not a port: expected a whole number from 1 to 65535`);
  }
  return port;
}

export function serveCommand(program: Command, { output, env }: CliContext): void {
  program
    .command('serve')
    .description('run the Golden Thread server')
    .option('--port <n>', 'port to listen on (env PORT)', parsePort)
    .addOption(dataDirOption())
    .option('--demo', 'load the demo council first if the database is empty')
    .action(async (flags: { port?: number; dataDir?: string; demo?: boolean }) => {
      const port = flags.port ?? (env.PORT ? parsePort(env.PORT) : 3000);
      const { store, migrated } = await openCouncil(storeOptions(flags, env));
      let closing = false;
      try {
        if (migrated.length > 0) output.info(`Prepared the database at ${store.location}`);
        if (flags.demo) {
          const summary = await loadDemoIfEmpty(store, new Date());
          if (summary) output.info(`Loaded ${describeDemo(summary)}`);
        }
        const app = await step(output, 'Starting the server', () =>
          buildServer({ store, logger: env.LOG_LEVEL !== undefined }),
        );
        try {
          await app.listen({ host: HOST, port });
        } catch (error) {
          await app.close();
          if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
            throw new UserError(
              'conflict',
              `Port ${port} is already in use: choose another with --port N, or stop the program using it`,
            );
          }
          throw error;
        }
        output.info(`Golden Thread is running at http://localhost:${port} (data: ${store.location})`);
        output.info('Press Ctrl+C to stop.');
        const stop = async () => {
          if (closing) return;
          closing = true;
          await app.close();
          await store.close();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (error) {
        await store.close();
        throw error;
      }
    });
}
