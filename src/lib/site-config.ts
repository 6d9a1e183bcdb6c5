/**
 * Site settings that come from the environment at build time, so that no
 * address is invented in the code:
 *
 *   SITE_URL         the site's public address ("https://sistemkerja.go.id");
 *                    unset: no absolute URL is produced anywhere.
 *   SK_REPORT_EMAIL  where readers send corrections ("koreksi@..."); unset: the
 *                    "Laporkan kesalahan" mail opens with no recipient filled in.
 */
const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

function parseUrl(v: string | undefined): string | undefined {
  if (!v) return undefined;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href.replace(/\/?$/, '/') : undefined;
  } catch {
    return undefined;
  }
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

export interface SiteConfig {
  siteUrl: string | undefined;
  reportEmail: string | undefined;
}

export function readSiteConfig(e: Record<string, string | undefined> = env): SiteConfig {
  const email = e.SK_REPORT_EMAIL?.trim();
  return { siteUrl: parseUrl(e.SITE_URL?.trim()), reportEmail: email && EMAIL.test(email) ? email : undefined };
}

export const siteConfig: SiteConfig = readSiteConfig();
