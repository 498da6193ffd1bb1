/** Bundles src/ into dist/ (see build.mjs). */
export function buildDist(): Promise<void>;
