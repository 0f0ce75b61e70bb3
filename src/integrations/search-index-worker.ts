// Entry point of the worker thread that feeds Pagefind while Astro renders: encoding each page for Pagefind's
// process costs about a millisecond, which would otherwise come out of the main thread's rendering time.
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

export type FeedMessage = { url: string; html: string } | { close: string };
export type FeedResult = { indexed: number; failures: string[] };

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' }).catch((error: unknown) => ({ index: undefined, errors: [String(error)] }));
const pending: Promise<string[]>[] = [];

parentPort?.on('message', async (message: FeedMessage) => {
  if ('url' in message) {
    const { url, html } = message;
    pending.push(
      index
        ? index.addHTMLFile({ url, content: html }).then(
            (added) => added.errors.map((error) => `${url}: ${error}`),
            (error: unknown) => [`${url}: ${String(error)}`],
          )
        : Promise.resolve([`${url}: Pagefind could not start: ${errors.join('; ')}`]),
    );
    return;
  }
  const failures = (await Promise.all(pending)).flat();
  if (index && pending.length && !failures.length) {
    const written = await index.writeFiles({ outputPath: message.close });
    failures.push(...written.errors.map((error) => `writing the index: ${error}`));
  }
  await pagefind.close();
  const result: FeedResult = { indexed: pending.length, failures };
  parentPort?.postMessage(result);
});
