import { buildSite } from '../support/site.ts';
import { ROOT_SITE, SUBPATH_SITE } from './sites.ts';

/** Builds both sites once per run; E2E_REUSE_BUILD=1 reuses existing builds while iterating on tests. */
export default function setup(): void {
  if (process.env.E2E_REUSE_BUILD === '1') return;
  for (const site of [ROOT_SITE, SUBPATH_SITE]) buildSite(site);
}
