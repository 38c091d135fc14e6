import { InvalidArgumentError, type Command } from 'commander';
import type { FastifyServerOptions } from 'fastify';
import { createDemoAccounts, type DemoAccount } from '../../app/accounts/demo-accounts.js';
import { sessionSecretFrom } from '../../app/accounts/session-secret.js';
import { loadDemoIfEmpty } from '../../app/demo-council.js';
import { openCouncil } from '../../app/open-council.js';
import { UserError } from '../../domain/errors.js';
import { buildServer } from '../../http/server.js';
import type { CliContext } from '../context.js';
import type { Output } from '../output.js';
import { step } from '../output.js';
import { dataDirOption, storeOptions } from '../store-options.js';
import { describeDemo } from './demo.js';
import { oidcSettingsFrom } from '../oidc-settings.js';
import { smtpSettingsFrom } from '../../app/schedules/index.js';
import { serveSchedulerOptions, startServeScheduler } from './serve-scheduler.js';
import { publicOptionsFromEnv } from '../../http/public/options.js';

/** This machine only, unless the administrator says otherwise (behind a reverse proxy, say). */
const DEFAULT_HOST = '127.0.0.1';

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new InvalidArgumentError(`"${text}" is not a port: expected a whole number from 1 to 65535`);
  }
  return port;
}

/**
 * Which proxies to believe about the client's address and scheme: "loopback", or addresses or CIDR
 * ranges separated by commas. Never "true": that would believe anyone.
 */
export function parseTrustProxy(text: string): FastifyServerOptions['trustProxy'] {
  const value = text.trim();
  if (value === '' || value === 'false') return false;
  if (value === 'true') {
    throw new UserError(
      'invalid-input',
      '"true" would believe X-Forwarded-For from anyone: name the proxy instead, e.g. loopback or 10.0.0.5',
    );
  }
  const parts = value.split(',').map((p) => p.trim());
  for (const part of parts) {
    if (!/^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(part)) {
      throw new UserError(
        'invalid-input',
        `"${part}" is not a proxy address: expected loopback, an IP address or a CIDR range such as 10.0.0.0/8`,
      );
    }
  }
  return parts.join(',');
}

/** Prints the demo's accounts once: their passwords are not kept anywhere else. */
export function printDemoAccounts(output: Output, accounts: readonly DemoAccount[]): void {
  if (accounts.length === 0) return;
  output.info('');
  output.info('Demo accounts, one per role. These passwords are shown only now; note them down:');
  for (const a of accounts) output.info(`  ${a.role.padEnd(20)} ${a.email.padEnd(50)} ${a.password}`);
  output.info('(Forgotten one? `golden-thread user set-password EMAIL` sets a new one.)');
  output.info('');
}

export function serveCommand(program: Command, { output, env }: CliContext): void {
  program
    .command('serve')
    .description('run the Golden Thread server')
    .option('--port <n>', 'port to listen on (env PORT)', parsePort)
    .option('--host <address>', `address to listen on (env GOLDEN_THREAD_HOST; default ${DEFAULT_HOST})`)
    .option(
      '--trust-proxy <proxies>',
      'believe X-Forwarded-For/-Proto from these proxies: loopback, or addresses or CIDR ranges (env GOLDEN_THREAD_TRUST_PROXY)',
    )
    .addOption(dataDirOption())
    .option(
      '--public-base-path <path>',
      'serve the public site under this path, e.g. /data (env GOLDEN_THREAD_PUBLIC_PATH; default /)',
    )
    .option(
      '--serve <what>',
      'both, public (the public site and its API only) or staff (env GOLDEN_THREAD_SERVE; default both)',
    )
    .option('--demo', 'load the demo council first if the database is empty')
    .addOption(serveSchedulerOptions()[0]!)
    .addOption(serveSchedulerOptions()[1]!)
    .addOption(serveSchedulerOptions()[2]!)
    .action(
      async (flags: {
        port?: number;
        host?: string;
        trustProxy?: string;
        dataDir?: string;
        demo?: boolean;
        smtpUrl?: string;
        smtpFrom?: string;
        scheduler?: boolean;
        publicBasePath?: string;
        serve?: string;
      }) => {
        const port = flags.port ?? (env.PORT ? parsePort(env.PORT) : 3000);
        const host = flags.host ?? (env.GOLDEN_THREAD_HOST || DEFAULT_HOST);
        const trustProxy = parseTrustProxy(flags.trustProxy ?? env.GOLDEN_THREAD_TRUST_PROXY ?? '');
        // Checked before the database is touched: a production server with a weak secret never starts.
        const secret = sessionSecretFrom(env);
        const oidc = oidcSettingsFrom(env);
        const smtp = smtpSettingsFrom(flags, env);
        const publicSite = publicOptionsFromEnv({
          ...env,
          GOLDEN_THREAD_PUBLIC_PATH: flags.publicBasePath ?? env.GOLDEN_THREAD_PUBLIC_PATH,
          GOLDEN_THREAD_SERVE: flags.serve ?? env.GOLDEN_THREAD_SERVE,
        });
        const { store, migrated } = await openCouncil(storeOptions(flags, env));
        let closing = false;
        try {
          if (migrated.length > 0) output.info(`Prepared the database at ${store.location}`);
          if (flags.demo) {
            const summary = await loadDemoIfEmpty(store, new Date());
            // Only a council just loaded as the demo gets the demo's accounts: never a real one.
            if (summary) {
              output.info(`Loaded ${describeDemo(summary)}`);
              printDemoAccounts(output, await createDemoAccounts(store, new Date()));
            }
          }
          if (secret.generated) {
            output.info(
              'No GOLDEN_THREAD_SESSION_SECRET is set, so a random one was made for this run: sessions end when the server stops. Set one in production (NODE_ENV=production requires it).',
            );
          }
          const app = await step(output, 'Starting the server', () =>
            buildServer({
              store,
              logger: env.LOG_LEVEL !== undefined,
              trustProxy,
              auth: { secret: secret.secret, oidc },
              publicSite,
            }),
          );
          try {
            await app.listen({ host, port });
          } catch (error) {
            await app.close();
            const code = (error as NodeJS.ErrnoException).code;
            if (code === 'EADDRINUSE') {
              throw new UserError(
                'conflict',
                `Port ${port} is already in use: choose another with --port N, or stop the program using it`,
              );
            }
            if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
              throw new UserError(
                'invalid-input',
                `Cannot listen on ${host}: it is not an address of this machine`,
              );
            }
            throw error;
          }
          const shown =
            host === '127.0.0.1' || host === '::1' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
          output.info(`Golden Thread is running at http://${shown}:${port} (data: ${store.location})`);
          output.info('Press Ctrl+C to stop.');
          const scheduler = startServeScheduler(
            output,
            store,
            smtp,
            flags.scheduler !== false && env.GOLDEN_THREAD_SCHEDULER !== 'off',
          );
          const stop = async () => {
            if (closing) return;
            closing = true;
            await scheduler?.stop();
            await app.close();
            await store.close();
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        } catch (error) {
          await store.close();
          throw error;
        }
      },
    );
}
