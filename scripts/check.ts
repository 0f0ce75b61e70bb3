// Every check a contributor runs before a pull request, the fast content checks first:
// the content check (see check-content.ts), the own-words check, then `astro check` for TypeScript.
// `astro check` loads the content too; after a failed content check it would only report the same
// problems again (as stack traces), so it runs once the content is clean.
// Usage: npm run check   (exits 1 when any check fails)
import { spawnSync } from 'node:child_process';

function run(label: string, command: string, args: string[]): boolean {
  const started = performance.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  console.log(`(${label}: ${status === 0 ? 'passed' : 'failed'} in ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  return status === 0;
}

const content = run('content check', process.execPath, ['scripts/check-content.ts']);
const ownWords = run('own-words check', process.execPath, ['scripts/check-own-words.ts']);
const types = content
  ? run('astro check (TypeScript)', 'astro', ['check'])
  : (console.log('astro check (TypeScript) did not run: fix the content problems above, then run npm run check again.'), false);
process.exit(content && ownWords && types ? 0 : 1);
