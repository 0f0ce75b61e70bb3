/**
 * Where the site and its repository live: read from the environment in this one place, so a fork or a
 * deployment sets them without touching code. The GitHub Pages workflow sets all three.
 */
export interface SiteSettings {
  /** Origin the site is served from, for canonical URLs, the feed and the sitemap. */
  siteUrl: string;
  /** Web address of the repository; without it, notes show no "Edit this note" link. */
  repositoryUrl?: string;
  /** Branch that edit links open. */
  branch: string;
}

/** The preview server's address: right for local builds, and visibly not a public address. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

function absoluteUrl(name: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href.replace(/\/+$/, '');
  } catch {
    // Reported below with the setting's name.
  }
  throw new Error(`${name}="${value}" is not an http(s) address; set it to e.g. https://github.com/OWNER/REPOSITORY, or leave it unset`);
}

export function siteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
  const repository = env.REPOSITORY_URL?.trim();
  return {
    siteUrl: absoluteUrl('SITE_URL', env.SITE_URL?.trim() || DEFAULT_SITE_URL),
    ...(repository ? { repositoryUrl: absoluteUrl('REPOSITORY_URL', repository) } : {}),
    branch: env.REPOSITORY_BRANCH?.trim() || 'main',
  };
}

/** The repository's web editor for a file (path relative to the repository root), when the repository is known. */
export function editUrl(settings: SiteSettings, file: string): string | undefined {
  if (!settings.repositoryUrl) return undefined;
  return `${settings.repositoryUrl}/edit/${settings.branch}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
