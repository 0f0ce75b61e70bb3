import { PRECACHE_REPORT, SERVICE_WORKER, type PrecacheReport } from '../lib/site/offline.ts';
import { isDevServer, isPortable, siteRoot } from './site-root.ts';

const POLL_MS = 400;

/** Files the service worker has saved so far, from its versioned Workbox precache for this site. */
async function savedFiles(scope: string): Promise<number> {
  const name = (await caches.keys()).find((cache) => cache.includes('-precache-v2-') && cache.endsWith(scope));
  return name ? (await (await caches.open(name)).keys()).length : 0;
}

/**
 * Saves the garden for offline reading through the build's service worker (sw.js) and shows the reader how
 * far that has got, with a button to save again or fetch a newer version. Disk copies need no saving.
 */
export function initOfflineStatus(): void {
  const box = document.querySelector<HTMLElement>('[data-offline]');
  // Plain HTTP away from localhost and some privacy modes leave these out (or set them to undefined): the
  // garden is then read online only, with no box and nothing in the console. The dev server's pages change
  // with every edit and are not saved either.
  if (!box || isPortable() || isDevServer() || !navigator.serviceWorker || !window.caches || !window.isSecureContext) return;
  const text = box.querySelector<HTMLElement>('[data-offline-text]')!;
  // Only the outcome is announced: the progress count changes too often to be read out.
  const announce = box.querySelector<HTMLElement>('[data-offline-announce]')!;
  const progress = box.querySelector<HTMLProgressElement>('progress')!;
  const button = box.querySelector<HTMLButtonElement>('button')!;
  const root = siteRoot();
  let total = 0;
  let polling = false;

  const show = (message: string, action: string, saving = false) => {
    text.textContent = message;
    button.textContent = action;
    progress.hidden = !saving;
    const state = saving ? 'saving' : message.startsWith('Available') ? 'saved' : 'idle';
    // Announced: the end of a download the reader saw start, and failures; not the saved state on every page.
    if ((box.dataset.state === 'saving' && state !== 'saving') || message.startsWith('Not saved')) announce.textContent = message;
    box.dataset.state = state;
  };

  async function refresh(registration: ServiceWorkerRegistration): Promise<boolean> {
    // The report is written after the worker, so it is not itself saved: offline, the idle worker's cache is complete.
    total ||= await fetch(new URL(PRECACHE_REPORT, root)).then((response) => response.json()).then((report: PrecacheReport) => report.entries, () => 0);
    const busy = Boolean(registration.installing || registration.waiting) || !registration.active;
    const files = await savedFiles(root.href);
    if (!total && !busy) total = files;
    const saved = Math.min(files, total);
    if (!busy && total && saved >= total) {
      show(`Available offline: all ${total} files of the garden are saved on this device.`, 'Check for updates');
      return true;
    }
    progress.max = total || 1;
    progress.value = saved;
    show(total ? `Saving for offline: ${saved} of ${total} files…` : 'Saving for offline…', 'Save for offline', true);
    return false;
  }

  async function watch(registration: ServiceWorkerRegistration) {
    if (polling) return;
    polling = true;
    while (!(await refresh(registration))) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    polling = false;
  }

  async function save(checkForUpdate: boolean) {
    try {
      const registration = await navigator.serviceWorker.register(new URL(SERVICE_WORKER, root), { scope: root.pathname, updateViaCache: 'none' });
      registration.addEventListener('updatefound', () => void watch(registration));
      if (checkForUpdate) await registration.update().catch(() => undefined); // offline: keep the saved copy
      await watch(registration);
    } catch (error) {
      // Browsers set to refuse service workers reject here; the box says so, so this is not an error of the page.
      console.warn('The offline copy could not be saved', error);
      show('Not saved for offline (the browser refused the service worker).', 'Try again');
    }
  }

  box.hidden = false;
  show('Checking the offline copy…', 'Save for offline');
  button.addEventListener('click', () => void save(true));
  void save(false);
}
