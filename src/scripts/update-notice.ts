import { newerVersionReady, UPDATE_NOTICE } from '../lib/site/update-notice.ts';

/**
 * Tells a returning reader, once a newer deployment's service worker has taken over (it skips waiting and
 * claims open pages), that the page in front of them is from the older saved copy, and offers a reload.
 *
 * Plain controllerchange rather than workbox-window's 'controlling' event: its Workbox class, bundled from
 * the ES5 "module" entry bundlers pick, adds 2.2 KiB gzipped for what is one comparison here, and it
 * registers the worker itself, once per instance, where the footer's offline box registers again on every
 * "Check for updates".
 */
export function initUpdateNotice(): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  const workers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!notice || !workers) return;
  const controllerAtLoad = workers.controller;
  const button = notice.querySelector<HTMLButtonElement>('button')!;
  button.addEventListener('click', () => location.reload());
  workers.addEventListener('controllerchange', () => {
    if (!newerVersionReady(controllerAtLoad, workers.controller) || notice.dataset.state === 'shown') return;
    // The region is in the page from the start and only its content changes, so screen readers announce it.
    notice.querySelector<HTMLElement>('[data-update-notice-text]')!.textContent = UPDATE_NOTICE;
    button.hidden = false;
    notice.dataset.state = 'shown';
  });
}
