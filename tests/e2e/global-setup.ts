import { buildSite } from '../support/site.ts';
import { ROOT_SITE, SUBPATH_SITE } from './sites.ts';

/**
 * Builds both sites once per run, side by side (a build keeps about one core busy and the machines have two);
 * E2E_REUSE_BUILD=1 reuses existing builds while iterating on tests.
 */
export default async function setup(): Promise<void> {
  if (process.env.E2E_REUSE_BUILD === '1') return;
  await Promise.all([ROOT_SITE, SUBPATH_SITE].map(buildSite));
}
