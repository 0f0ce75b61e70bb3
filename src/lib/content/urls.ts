/** Joins the site's base path and a site-relative path, so every internal URL works under a sub-path too. */
export function withBase(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export const noteHref = (base: string, slug: string) => withBase(base, `notes/${slug}/`);
/** The small JSON file a link preview reads: title, summary and opening of a note. */
export const previewHref = (base: string, slug: string) => withBase(base, `previews/${slug}.json`);
export const graphHref = (base: string) => withBase(base, 'graph/');
export const topicHref = (base: string, topic: string) => withBase(base, `topics/${topic}/`);
export const sourceHref = (base: string, doc: string, section?: string) =>
  withBase(base, `sources/${doc}/`) + (section ? `#${section}` : '');
export const pathHref = (base: string, id: string) => withBase(base, `paths/${id}/`);

/** A readable, URL-safe id fragment for a heading or label ("What is a TPM?" -> "what-is-a-tpm", "Über" -> "uber"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Normalises a BASE_PATH setting ("", "tpm-garden", "/tpm-garden/") to the form Astro expects. */
export function normaliseBase(setting: string | undefined): string {
  const trimmed = (setting ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
