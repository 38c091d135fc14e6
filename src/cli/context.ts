import type { Output } from './output.js';

/** What a command may touch besides the store: where it prints, and the environment it reads. */
export interface CliContext {
  output: Output;
  env: NodeJS.ProcessEnv;
}
