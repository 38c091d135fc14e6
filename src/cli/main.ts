/** Entry point of the `golden-thread` command. */
import { runCli } from './program.js';
import { consoleOutput } from './output.js';

const code = await runCli(process.argv.slice(2), { output: consoleOutput, env: process.env });
// `serve` keeps running; every other command ends here.
if (code !== 0) process.exit(code);
