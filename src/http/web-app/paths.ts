/** Where the staff application's sources and build live, found from this file so any working directory will do. */
import { fileURLToPath } from 'node:url';

export const WEB_ROOT = fileURLToPath(new URL('../../../web/', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));
