/** What commands print: results to stdout, progress and problems to stderr. */
export interface Output {
  out(text: string): void;
  info(line: string): void;
  error(line: string): void;
}

export const consoleOutput: Output = {
  out: (text) => process.stdout.write(text),
  info: (line) => process.stderr.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

/** Runs a step, printing its name and how long it took. */
export async function step<T>(output: Output, label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  output.info(`${label}…`);
  const result = await work();
  output.info(`${label}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
