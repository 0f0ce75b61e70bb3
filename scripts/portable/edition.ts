// Turns a garden built at the root (base "/") into the portable edition: a folder, and a zip of it, that
// works when opened from disk by double-clicking index.html, search included.
//
// Browsers refuse three things on file:// URLs that Pagefind normally relies on: module scripts, web
// workers and fetch. So every module script becomes a classic script (bundled with esbuild, which Astro
// already depends on), Pagefind runs without its worker, and each file Pagefind would fetch is wrapped in a
// small classic script that hands its bytes to a fetch stand-in (src/scripts/pagefind.ts, portableFetch).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { buildSync, transformSync } from 'esbuild';
import { zipSync } from 'fflate';
import { portablePage } from '../lib/portable.ts';

const PAGEFIND_FILE = /^(pagefind-entry\.json|[^/]+\.pf_meta|wasm\.en\.pagefind|(index|fragment|filter)\/.+)$/;
const LEFT_OUT = new Set(['sw.js', 'manifest.webmanifest', 'offline-precache.json']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * A module script of the built site as one classic script: its imports, dynamic ones included, inlined.
 * Vite's preload helper still resolves chunk names against import.meta.url, which a classic script lacks,
 * so it gets the URL the module had (in a global named after the script, as several scripts share a page).
 */
function classicScript(site: string, src: string, out: string, id: number): void {
  const moduleUrl = `gardenModuleUrl${id}`;
  const result = buildSync({
    entryPoints: [join(site, src)],
    bundle: true,
    format: 'iife',
    outfile: out,
    write: true,
    logLevel: 'error',
    define: { 'import.meta.url': moduleUrl },
    banner: { js: `var ${moduleUrl} = new URL(${JSON.stringify(src)}, new URL(document.querySelector('meta[name="garden-root"]').content, location.href)).href;` },
  });
  if (result.errors.length) throw new Error(`esbuild could not bundle ${src}: ${result.errors.map((error) => error.text).join('; ')}`);
}

/** Pagefind's ES module as a classic script that defines window.gardenPagefind and fetches through window.gardenPortableFetch. */
function classicPagefind(source: string): string {
  const { code } = transformSync(source, { format: 'iife', globalName: 'gardenPagefindModule', logLevel: 'error' });
  return `(function (fetch) {\n${code}\nwindow.gardenPagefind = gardenPagefindModule;\n})(window.gardenPortableFetch);\n`;
}

export interface PortableEdition {
  folder: string;
  zip: string;
  files: number;
  zipBytes: number;
}

/** Writes the portable edition of the site in siteDir (built with base "/") to outDir/tpm-garden and outDir/tpm-garden.zip. */
export function writePortableEdition(siteDir: string, outDir: string): PortableEdition {
  const folder = join(outDir, 'tpm-garden');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const rootMeta = readFileSync(join(siteDir, 'index.html'), 'utf8');
  if (!rootMeta.includes('<meta name="garden-root" content="/">')) {
    throw new Error(`${siteDir} was not built at the root: build with BASE_PATH unset for the portable edition.`);
  }

  const classicPaths = new Map<string, string>();
  const classicFor = (src: string) => {
    const target = src.replace(/^\/_astro\//, '/_astro/portable/');
    if (!classicPaths.has(src)) {
      classicScript(siteDir, src.slice(1), join(folder, target.slice(1)), classicPaths.size);
      classicPaths.set(src, target);
    }
    return target;
  };

  for (const file of filesUnder(siteDir)) {
    const path = toPosix(relative(siteDir, file));
    if (LEFT_OUT.has(path) || path.startsWith('pagefind/')) continue;
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    if (path.endsWith('.html')) writeFileSync(target, portablePage(readFileSync(file, 'utf8'), path, classicFor));
    else cpSync(file, target);
  }

  const pagefind = join(siteDir, 'pagefind');
  const portable = join(folder, 'pagefind', 'portable');
  mkdirSync(portable, { recursive: true });
  writeFileSync(join(portable, 'pagefind.js'), classicPagefind(readFileSync(join(pagefind, 'pagefind.js'), 'utf8')));
  const highlight = readFileSync(join(pagefind, 'pagefind-highlight.js'), 'utf8');
  writeFileSync(join(portable, 'pagefind-highlight.js'), transformSync(highlight, { format: 'iife', logLevel: 'error' }).code);
  for (const file of filesUnder(pagefind)) {
    const name = toPosix(relative(pagefind, file));
    if (!PAGEFIND_FILE.test(name)) continue;
    const target = join(portable, 'files', `${name}.js`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `window.gardenPortableFile(${JSON.stringify(name)}, "${readFileSync(file).toString('base64')}");\n`);
  }

  const entries = Object.fromEntries(filesUnder(folder).map((file) => [`tpm-garden/${toPosix(relative(folder, file))}`, readFileSync(file)]));
  const zipped = zipSync(entries, { level: 9 });
  const zip = join(outDir, 'tpm-garden.zip');
  writeFileSync(zip, zipped);
  return { folder, zip, files: Object.keys(entries).length, zipBytes: zipped.byteLength };
}
