import { createHash } from 'node:crypto';

/**
 * The theme is applied before first paint, so it must be an inline script; the Content Security Policy
 * allows it by its hash, computed from this same text.
 */
export const THEME_BOOTSTRAP = `document.documentElement.classList.add('js');
try {
  const theme = localStorage.getItem('tpm-garden-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {}`;

/** A CSP source expression allowing exactly this inline script or style. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/**
 * Everything the site loads comes from its own origin: scripts (Astro adds the hashes of its own),
 * Pagefind's WebAssembly and index, the service worker and manifest. Nothing third-party, no plugins,
 * no framing of other pages, forms submit only to the site. Style attributes stay allowed: components
 * size bars and colour SVG shapes with them, and an attribute cannot run code.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
