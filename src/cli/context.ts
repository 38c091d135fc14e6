import type { Input } from './input.js';
import type { Output } from './output.js';

/** What a command may touch besides the store: where it prints, what it reads, and the environment. */
export interface CliContext {
  output: Output;
  env: NodeJS.ProcessEnv;
  /** Where secrets such as passwords are read from; the terminal or standard input by default. */
  input?: Input;
}
