// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://sistemkerja.example.id',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: {
    format: 'directory',
    // External stylesheets only: the Content-Security-Policy allows no inline code.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
