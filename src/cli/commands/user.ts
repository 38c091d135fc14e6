/** `golden-thread user …`: adding accounts, setting passwords, roles and single sign-on, disabling. */
import type { Command } from 'commander';
import type { Grant } from '../../domain/access/roles.js';
import { openCouncil } from '../../app/open-council.js';
import {
  addAccount,
  checkGrant,
  disableAccount,
  linkAccountToSso,
  listAccounts,
  setAccountPassword,
  setAccountRoles,
  type Change,
} from '../../app/accounts/users.js';
import { UserError } from '../../domain/errors.js';
import type { Store } from '../../store/connect.js';
import { cliActor } from '../actor.js';
import type { CliContext } from '../context.js';
import { processInput, readNewPassword } from '../input.js';
import { dataDirOption, storeOptions } from '../store-options.js';

interface RoleFlags {
  role?: string;
  unit?: string;
}

async function grantsFrom(store: Store, flags: RoleFlags): Promise<Grant[]> {
  if (flags.role === undefined) {
    if (flags.unit !== undefined) throw new UserError('invalid-input', '--unit goes with --role');
    return [];
  }
  return [await checkGrant(store, flags.role, flags.unit)];
}

export function userCommand(program: Command, context: CliContext): void {
  const { output, env } = context;
  const input = context.input ?? processInput;
  const change = (): Change => ({ actor: cliActor(env), at: new Date() });
  const withStore = async (flags: { dataDir?: string }, work: (store: Store) => Promise<void>) => {
    const { store } = await openCouncil(storeOptions(flags, env));
    try {
      await work(store);
    } finally {
      await store.close();
    }
  };

  const user = program
    .command('user')
    .description('manage accounts: add, set-password, set-role, list, disable');

  user
    .command('add')
    .description('add an account; its password is read from the terminal or standard input')
    .argument('<email>')
    .option('--name <name>', 'the name shown for the account')
    .option('--admin', 'an administrator: sees and manages everything')
    .option('--role <role>', 'a role, e.g. director, head-of-service, cabinet-member, partner')
    .option('--unit <id>', 'the organisation unit the role is held at, e.g. DIR-PLACE')
    .option(
      '--person <id>',
      'the person in the organisation this account is (their objectives, the measures they own)',
    )
    .option('--measure <code...>', 'measures named to this account (a partner’s, or a data owner’s)')
    .option('--sso-subject <sub>', 'signs in by single sign-on as this subject (no local password)')
    .addOption(dataDirOption())
    .action(
      async (
        email: string,
        flags: RoleFlags & {
          name?: string;
          admin?: boolean;
          person?: string;
          measure?: string[];
          ssoSubject?: string;
          dataDir?: string;
        },
      ) => {
        await withStore(flags, async (store) => {
          const grants = await grantsFrom(store, flags);
          const sso =
            flags.ssoSubject === undefined
              ? undefined
              : { issuer: requireIssuer(env), subject: flags.ssoSubject };
          const password = sso ? undefined : await readNewPassword(input, email);
          const added = await addAccount(
            store,
            {
              email,
              name: flags.name,
              isAdmin: flags.admin === true,
              grants,
              personId: flags.person ?? null,
              measureIds: flags.measure ?? [],
              password,
              sso,
            },
            change(),
          );
          output.info(
            `Added ${added.email}${added.isAdmin ? ' (administrator)' : ''}${sso ? ', signing in by single sign-on' : ''}`,
          );
        });
      },
    );

  user
    .command('set-password')
    .description('set an account’s password from the terminal or standard input; ends its sessions')
    .argument('<email>')
    .addOption(dataDirOption())
    .action(async (email: string, flags: { dataDir?: string }) => {
      await withStore(flags, async (store) => {
        const password = await readNewPassword(input, email);
        const changed = await setAccountPassword(store, email, password, change());
        output.info(`Set the password of ${changed.email}; its sessions have ended`);
      });
    });

  user
    .command('set-role')
    .description('replace an account’s role (and administrator flag when given)')
    .argument('<email>')
    .option('--role <role>', 'the role; leave out to remove every role')
    .option('--unit <id>', 'the organisation unit the role is held at')
    .addOption(dataDirOption())
    .action(async (email: string, flags: RoleFlags & { dataDir?: string }) => {
      await withStore(flags, async (store) => {
        await setAccountRoles(store, email, await grantsFrom(store, flags), change());
        output.info(`Set the role of ${email}`);
      });
    });

  user
    .command('link-sso')
    .description('make an account sign in by single sign-on as SUBJECT; removes its local password')
    .argument('<email>')
    .argument('<subject>', 'the `sub` the identity provider gives this person')
    .addOption(dataDirOption())
    .action(async (email: string, subject: string, flags: { dataDir?: string }) => {
      await withStore(flags, async (store) => {
        await linkAccountToSso(store, email, { issuer: requireIssuer(env), subject }, change());
        output.info(`${email} now signs in by single sign-on`);
      });
    });

  user
    .command('list')
    .description('list accounts with their roles and how they sign in')
    .addOption(dataDirOption())
    .action(async (flags: { dataDir?: string }) => {
      await withStore(flags, async (store) => {
        for (const a of await listAccounts(store)) {
          const roles = [
            ...(a.isAdmin ? ['administrator'] : []),
            ...a.grants.map((g) => (g.orgUnitId ? `${g.role}@${g.orgUnitId}` : g.role)),
          ];
          const state = a.disabled ? 'disabled' : a.signIn;
          output.out(`${a.email}\t${a.displayName}\t${roles.join(',') || '-'}\t${state}\n`);
        }
      });
    });

  user
    .command('disable')
    .description('disable an account and end its sessions')
    .argument('<email>')
    .addOption(dataDirOption())
    .action(async (email: string, flags: { dataDir?: string }) => {
      await withStore(flags, async (store) => {
        const disabled = await disableAccount(store, email, change());
        output.info(`Disabled ${disabled.email}; its sessions have ended`);
      });
    });
}

function requireIssuer(env: NodeJS.ProcessEnv): string {
  const issuer = env.GOLDEN_THREAD_OIDC_ISSUER?.trim();
  if (!issuer) {
    throw new UserError(
      'invalid-input',
      'Single sign-on is not set up: set GOLDEN_THREAD_OIDC_ISSUER (and the client settings) first',
    );
  }
  return issuer;
}
