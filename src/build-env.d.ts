/** Set by astro.config.mjs (vite.define): content hash of the build's inputs. */
declare const __SK_BUILD__: string;
