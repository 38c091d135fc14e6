/** The `golden-thread` command line: its commands, and what happens when one fails. */
import { Command, CommanderError } from 'commander';
import { isUserError } from '../domain/errors.js';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { migrateCommand } from './commands/migrate.js';
import { serveCommand } from './commands/serve.js';
import type { CliContext } from './context.js';
import { userCommand } from './commands/user.js';
import { auditCommand } from './commands/audit.js';
import { importCommand } from './commands/import.js';
import { importProfileCommand } from './commands/import-profile.js';
import { qualityCommand } from './commands/quality.js';
import { scheduleCommand } from './commands/schedule.js';
import { reportCommand } from './commands/report.js';

export function buildProgram(context: CliContext): Command {
  const { output } = context;
  const program = new Command('golden-thread')
    .description('Golden Thread: performance management and business intelligence for councils')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage)')
    .showSuggestionAfterError()
    .configureOutput({ writeOut: output.out, writeErr: (text) => output.error(text.trimEnd()) })
    .exitOverride();
  program.addHelpText(
    'after',
    '\nData lives in ./data (or --data-dir, or GOLDEN_THREAD_DATA_DIR); set DATABASE_URL=postgres://… to use PostgreSQL.',
  );
  serveCommand(program, context);
  migrateCommand(program, context);
  demoCommand(program, context);
  exportCommand(program, context);
  userCommand(program, context);
  auditCommand(program, context);
  importCommand(program, context);
  importProfileCommand(program, context);
  qualityCommand(program, context);
  scheduleCommand(program, context);
  reportCommand(program, context);
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  return program;
}

/** Runs the command line; resolves to the exit code. */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const { output } = context;
  const program = buildProgram(context);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (isUserError(error)) {
      output.error(`golden-thread: ${error.message}`);
      return 1;
    }
    output.error(`golden-thread: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 70;
  }
}
