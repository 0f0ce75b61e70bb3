import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/dist.ts';
import { ROOT } from '../support/site.ts';
import { ROOT_SITE, SUBPATH_SITE } from './sites.ts';

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface Message {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

// A short-lived checker: the client compiler alone and the serial collector cost about a third of the CPU time
// of the JVM's defaults here (4 s against 14 s for both builds, most of it compiling and collecting on two
// cores); the schema's deep recursion then needs a larger thread stack than the default.
const JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss16m'];

/** Runs the Nu HTML Checker once over every page of the given builds (one JVM) and returns each build's errors. */
function htmlErrors(outDirs: string[]): Map<string, string[]> {
  const builds = outDirs.map((outDir) => ({ outDir, dir: resolve(ROOT, outDir), errors: [] as string[] }));
  for (const { dir } of builds) if (htmlFiles(dir).length === 0) throw new Error(`No pages to check in ${dir}`);
  const result = spawnSync('java', [...JVM_OPTIONS, '-jar', vnu, '--format', 'json', '--skip-non-html', '--exit-zero-always', ...builds.map(({ dir }) => dir)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`The Nu HTML Checker needs Java: install it (apt-get install -y default-jre-headless). ${result.error.message}`);
  const { messages } = JSON.parse(result.stderr) as { messages: Message[] };
  for (const message of messages) {
    if (message.type !== 'error' && message.subType !== 'fatal') continue;
    const path = new URL(message.url).pathname;
    const owner = builds.find(({ dir }) => !relative(dir, path).startsWith('..'));
    // A message for no page of these builds (the checker itself failing) is kept, under every build.
    for (const build of owner ? [owner] : builds) build.errors.push(`${relative(build.dir, path)}:${message.lastLine ?? '?'}: ${message.message}`);
  }
  return new Map(builds.map(({ outDir, errors }) => [outDir, errors]));
}

describe('HTML validity (Nu HTML Checker)', () => {
  let errors: Map<string, string[]>;
  beforeAll(() => {
    errors = htmlErrors([ROOT_SITE.outDir, SUBPATH_SITE.outDir]);
  });

  it('every page of the root build is valid HTML', () => {
    expect(errors.get(ROOT_SITE.outDir)).toEqual([]);
  });

  it('every page of the sub-path build is valid HTML', () => {
    expect(errors.get(SUBPATH_SITE.outDir)).toEqual([]);
  });
});
