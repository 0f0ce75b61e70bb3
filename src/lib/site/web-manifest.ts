import { withBase } from '../content/urls.ts';

/** The installable-app description of the garden under a base path: it opens at the home page and stays in scope. */
export function webManifest(base: string) {
  return {
    name: 'TPM Garden',
    short_name: 'TPM Garden',
    description: 'Short, linked, cited notes on the Technical Program Manager role, readable and searchable offline.',
    lang: 'en',
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f5f3f',
    icons: [{ src: withBase(base, 'favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
