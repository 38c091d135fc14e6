/** Runs the command line in process, capturing what it prints, for the CLI tests. */
import type { CliContext } from '../src/cli/context.js';
import type { Output } from '../src/cli/output.js';
import { runCli } from '../src/cli/program.js';
import type { TestDatabase } from './store-fixture.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliCaptured(args: string[], context: Omit<CliContext, 'output'>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const output: Output = {
    out: (text) => (stdout += text),
    info: (line) => (stderr += `${line}\n`),
    error: (line) => (stderr += `${line}\n`),
  };
  const code = await runCli(args, { ...context, output });
  return { code, stdout, stderr };
}

/** The flags and environment that point a command at a test database, on either dialect. */
export function whereIs(database: TestDatabase): { args: string[]; env: NodeJS.ProcessEnv } {
  const url = database.options.databaseUrl;
  return url
    ? { args: [], env: { DATABASE_URL: url } }
    : { args: ['--data-dir', database.options.dataDir!], env: {} };
}
