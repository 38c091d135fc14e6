/** Who the audit trail says made a change from the command line: the operating-system account. */
import { userInfo } from 'node:os';

export function cliActor(env: NodeJS.ProcessEnv): string {
  let name = env.USER ?? env.USERNAME ?? 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // Some containers run as a uid with no name; the environment's guess stands.
  }
  return `cli:${name}`;
}
