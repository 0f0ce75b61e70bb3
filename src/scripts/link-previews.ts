import type { NotePreview } from '../lib/links/previews.ts';

const SHOW_DELAY_MS = 400;
const HIDE_DELAY_MS = 250;
const VIEWPORT_MARGIN = 8;
const LINKS = 'a[data-preview]';

/**
 * Previews of linked notes: resting the pointer on, or tabbing to, a link that carries `data-preview`
 * shows the note's title, summary and opening after a short delay. The card can be hovered (WCAG 1.4.13),
 * closes with Escape or on leaving, and is announced through a polite live region. It is
 * fixed-positioned, so it never moves the page. Preview data is a small static JSON file of the same site,
 * fetched once per note on first use; without JavaScript the links are simply links.
 */
export function initLinkPreviews(): void {
  if (!document.querySelector(LINKS)) return;
  const card = document.createElement('div');
  card.id = 'link-preview';
  card.className = 'link-preview';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  const announcer = document.createElement('div');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('role', 'status');
  document.body.append(card, announcer);

  const cache = new Map<string, Promise<NotePreview | undefined>>();
  let pending: HTMLAnchorElement | undefined;
  let shown: HTMLAnchorElement | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  function load(link: HTMLAnchorElement): Promise<NotePreview | undefined> {
    const url = new URL(link.dataset.preview ?? '', location.href);
    if (url.origin !== location.origin) return Promise.resolve(undefined);
    if (!cache.has(url.href)) {
      cache.set(
        url.href,
        fetch(url.href, { credentials: 'same-origin' })
          .then((response) => (response.ok ? (response.json() as Promise<NotePreview>) : undefined))
          .catch(() => undefined),
      );
    }
    return cache.get(url.href) ?? Promise.resolve(undefined);
  }

  function fill(preview: NotePreview): void {
    const line = (className: string, text: string) => {
      const paragraph = document.createElement('p');
      paragraph.className = className;
      paragraph.textContent = text;
      return paragraph;
    };
    card.replaceChildren(
      line('link-preview__kind', preview.kind),
      line('link-preview__title', preview.title),
      line('link-preview__summary', preview.summary),
      line('link-preview__opening', preview.opening),
    );
  }

  /**
   * Below the link if it fits, else above; on a small screen the opening gives way first, then the card scrolls.
   * A link wrapped over two lines is cleared whole: the card goes under its last line or over its first.
   */
  function place(link: HTMLAnchorElement): void {
    const lines = link.getClientRects();
    const first = lines[0] ?? link.getBoundingClientRect();
    const last = lines[lines.length - 1] ?? first;
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = window.innerHeight;
    const below = viewportHeight - VIEWPORT_MARGIN - last.bottom - 6;
    const above = first.top - 6 - VIEWPORT_MARGIN;
    const opening = card.querySelector<HTMLElement>('.link-preview__opening');
    if (opening) opening.hidden = false;
    card.style.maxHeight = '';
    card.style.maxWidth = `${Math.min(384, viewportWidth - 2 * VIEWPORT_MARGIN)}px`;
    let { width, height } = card.getBoundingClientRect();
    if (height > Math.max(below, above) && opening) {
      opening.hidden = true;
      ({ width, height } = card.getBoundingClientRect());
    }
    const room = Math.max(below, above, 0);
    if (height > room) {
      card.style.maxHeight = `${room}px`;
      height = room;
    }
    const anchor = height <= below ? last : first;
    card.style.left = `${Math.max(VIEWPORT_MARGIN, Math.min(anchor.left, viewportWidth - width - VIEWPORT_MARGIN))}px`;
    card.style.top = `${height <= below ? last.bottom + 6 : first.top - 6 - height}px`;
  }

  function hide(): void {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    pending = undefined;
    if (!shown) return;
    shown.removeAttribute('aria-describedby');
    shown = undefined;
    card.hidden = true;
    announcer.textContent = '';
  }

  async function show(link: HTMLAnchorElement): Promise<void> {
    const preview = await load(link);
    if (!preview || pending !== link) return;
    if (shown && shown !== link) shown.removeAttribute('aria-describedby');
    fill(preview);
    card.hidden = false;
    place(link);
    link.setAttribute('aria-describedby', card.id);
    shown = link;
    announcer.textContent = `Preview of ${preview.title}: ${preview.summary}`;
  }

  function schedule(link: HTMLAnchorElement): void {
    clearTimeout(hideTimer);
    if (pending === link || shown === link) return;
    clearTimeout(showTimer);
    pending = link;
    showTimer = setTimeout(() => void show(link), SHOW_DELAY_MS);
  }

  function scheduleHide(): void {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  }

  const previewLink = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(LINKS) : null);

  document.addEventListener('pointerover', (event) => {
    const link = previewLink(event.target);
    // A tap on a phone follows the link; a preview would only flash before the next page.
    if (link && event.pointerType !== 'touch') schedule(link);
    else if (event.target instanceof Node && card.contains(event.target)) clearTimeout(hideTimer);
  });
  document.addEventListener('pointerout', (event) => {
    const from = previewLink(event.target) ?? (event.target instanceof Node && card.contains(event.target) ? card : null);
    const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (from && !(to && (card.contains(to) || from.contains(to)))) scheduleHide();
  });
  document.addEventListener('focusin', (event) => {
    const link = previewLink(event.target);
    if (link) schedule(link);
    else hide();
  });
  document.addEventListener('focusout', (event) => {
    if (previewLink(event.target)) scheduleHide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && (shown || pending)) hide();
  });
  // Follow the link rather than close: focusing a link often scrolls it into view first.
  const follow = () => shown && place(shown);
  window.addEventListener('scroll', follow, { passive: true });
  window.addEventListener('resize', follow);
}
