import type { BuiltSite } from '../support/site.ts';

/** The two builds every end-to-end test runs against: at the domain root and under a project sub-path. */
export const ROOT_SITE: BuiltSite = { base: '/', outDir: './dist-test/root' };
export const SUBPATH_SITE: BuiltSite = { base: '/tpm-garden/', outDir: './dist-test/subpath' };
