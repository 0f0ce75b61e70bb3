// The portable edition: `npm run build:portable` builds the garden at the root and writes
// dist-portable/tpm-garden/ (open index.html from disk) and dist-portable/tpm-garden.zip.
// PORTABLE_DIR changes the output folder; PORTABLE_FROM=<built site> skips the build and converts that site.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { writePortableEdition } from './portable/edition.ts';

const outDir = resolve(process.env.PORTABLE_DIR ?? 'dist-portable');
let site = process.env.PORTABLE_FROM ? resolve(process.env.PORTABLE_FROM) : '';
if (!site) {
  // Built inside outDir (within the project): Astro keeps its intermediate server files next to an outDir it owns.
  site = resolve(outDir, 'site');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, BASE_PATH: '', OUT_DIR: site } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const edition = writePortableEdition(site, outDir);
console.log(`Portable edition: ${edition.files} files in ${edition.folder}/, zipped to ${edition.zip} (${(edition.zipBytes / 1024).toFixed(0)} KiB).`);
console.log('Open index.html in that folder (or in the unzipped copy) in a browser: navigation and search work from disk.');
