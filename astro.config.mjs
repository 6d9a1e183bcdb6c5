// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { validateExports } from './src/integrations/validate-exports.ts';
import { buildVersion } from './src/integrations/build-version.ts';

export default defineConfig({
  // The site's public address comes from the environment (SITE_URL); unset, no absolute URL,
  // canonical link or printed domain is produced anywhere (see src/lib/site-config.ts).
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  // SITE_DIST builds side by side (the gate's reproducibility test builds the same commit twice);
  // scripts/check-content.ts, scripts/pagefind.ts and the browser tests read the same variable.
  outDir: process.env.SITE_DIST ?? './dist',
  // The sitemap needs absolute addresses: it is written only when the site's address is configured (SITE_URL).
  integrations: [mdx(), validateExports(), ...(process.env.SITE_URL ? [sitemap()] : [])],
  build: {
    format: 'directory',
    // External stylesheets only: the Content-Security-Policy allows no inline code.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
    // A content hash of what the site is built from: names the presenter's offline cache, so a
    // redeploy starts a fresh cache (deterministic, so two builds of one commit stay identical).
    define: { __SK_BUILD__: JSON.stringify(buildVersion()) },
  },
});
