/**
 * Reading a secret (a password) from the terminal without echoing it, or from standard input when
 * it is piped — never from a flag, where it would land in the shell history and the process list.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { UserError } from '../domain/errors.js';

export interface Input {
  /** Reads one secret; `prompt` is shown only on a terminal. */
  secret(prompt: string): Promise<string>;
  /** True when a person is typing, so a secret can be asked for twice to catch a typing slip. */
  interactive: boolean;
}

function fromTerminal(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

let piped: Promise<string[]> | null = null;

/** Standard input read whole once, one secret per line, so `printf 'a\nb\n' |` answers two questions. */
async function fromPipe(): Promise<string> {
  piped ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  })();
  const lines = await piped;
  const line = lines.shift();
  if (line === undefined || line === '') {
    throw new UserError(
      'invalid-input',
      'Expected the password on standard input, one per line, and found none',
    );
  }
  return line;
}

export const processInput: Input = {
  interactive: process.stdin.isTTY === true,
  secret: (prompt) => (process.stdin.isTTY ? fromTerminal(prompt) : fromPipe()),
};

/** Asks for a new password; on a terminal, twice. */
export async function readNewPassword(input: Input, label: string): Promise<string> {
  const first = await input.secret(`New password for ${label}: `);
  if (input.interactive) {
    const again = await input.secret('The same password again: ');
    if (again !== first)
      throw new UserError('invalid-input', 'The two passwords differ; nothing was changed');
  }
  return first;
}
