import { buildSite, type BuiltSite } from '../support/site.ts';

/** The two builds every end-to-end test runs against: at the domain root and under a project sub-path. */
// E2E_DIST_DIR lets two test runs of one checkout build side by side.
const distDir = process.env.E2E_DIST_DIR ?? './dist-test';
export const ROOT_SITE: BuiltSite = { base: '/', outDir: `${distDir}/root` };
export const SUBPATH_SITE: BuiltSite = { base: '/tpm-garden/', outDir: `${distDir}/subpath` };

/** Builds both, side by side (a build keeps about one core busy and the machines have two), at the given niceness. */
export const buildTestSites = (niceness = 0): Promise<void[]> => Promise.all([ROOT_SITE, SUBPATH_SITE].map((site) => buildSite(site, niceness)));
