/** Types for ensure-build.js, a plain script so that `npm start` runs it without a compiler. */
export function webBuildIsStale(): boolean;
export function ensureWebBuild(options?: { quiet?: boolean }): Promise<boolean>;
