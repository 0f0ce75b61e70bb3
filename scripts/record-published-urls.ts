// Adds the addresses of a built site to tests/fixtures/published-urls.txt, the list of every address the site has
// published; a test checks that each still answers (as a page, or by forwarding to one). It never removes a line.
// Usage: npm run build && npm run urls:record   (or: npm run urls:record -- --dist dist-test/root)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePublishedList, withCurrentAddresses } from './lib/published-urls.ts';
import { pagePaths } from '../tests/support/dist.ts';

const args = process.argv.slice(2);
const dist = resolve(args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist');
const LIST = resolve('tests/fixtures/published-urls.txt');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist} holds no built site: run \`npm run build\` first (or pass --dist <folder>).`);
  process.exit(1);
}
const HEADER = '# Every address the site has published (site-relative). Only ever add lines: `npm run urls:record`.';
const listed = existsSync(LIST) ? parsePublishedList(readFileSync(LIST, 'utf8')) : [];
const current = pagePaths(dist).filter((path) => path !== '404.html');
const updated = withCurrentAddresses(listed, current);
writeFileSync(LIST, [HEADER, ...updated.map((path) => `/${path}`)].join('\n') + '\n');
console.log(`${updated.length - listed.length} address(es) added; ${updated.length} listed in ${LIST}.`);
