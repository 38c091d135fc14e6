// Starts the reading worker: the code is TypeScript, run through tsx as the rest of Golden Thread is.
import { tsImport } from 'tsx/esm/api';

await tsImport('./read-worker.ts', import.meta.url);
