import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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

/** Runs the Nu HTML Checker once over every page of a build (one JVM) and returns its errors. */
function htmlErrors(outDir: string): string[] {
  const dir = resolve(ROOT, outDir);
  if (htmlFiles(dir).length === 0) throw new Error(`No pages to check in ${dir}`);
  const result = spawnSync('java', ['-jar', vnu, '--format', 'json', '--skip-non-html', '--exit-zero-always', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`The Nu HTML Checker needs Java: install it (apt-get install -y default-jre-headless). ${result.error.message}`);
  const { messages } = JSON.parse(result.stderr) as { messages: Message[] };
  return messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => `${relative(dir, new URL(message.url).pathname)}:${message.lastLine ?? '?'}: ${message.message}`);
}

describe('HTML validity (Nu HTML Checker)', () => {
  it('every page of the root build is valid HTML', () => {
    expect(htmlErrors(ROOT_SITE.outDir)).toEqual([]);
  });

  it('every page of the sub-path build is valid HTML', () => {
    expect(htmlErrors(SUBPATH_SITE.outDir)).toEqual([]);
  });
});
