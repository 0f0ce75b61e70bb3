/** What the notice says when a newer version of the garden has taken over from the one this page came from. */
export const UPDATE_NOTICE = 'A newer version of the garden is ready.';

/**
 * Whether a change of the page's service worker means the reader is looking at an older saved version.
 * Only a page that a worker already controlled when it loaded came from a saved copy; on the first visit the
 * first worker takes control (clientsClaim) of a page fetched from the network, which is already current.
 */
export function newerVersionReady<Worker>(controllerAtLoad: Worker | null | undefined, controllerNow: Worker | null | undefined): boolean {
  return controllerAtLoad != null && controllerNow != null && controllerNow !== controllerAtLoad;
}
