import { resolve } from 'node:path';
import { bundle, Features } from 'lightningcss';

const STYLES_ENTRY = resolve(import.meta.dirname, '../src/styles/index.css');

/**
 * Browsers the shipped CSS must work in, as lightningcss encodes versions (major << 16): those of
 * the README's browser support.
 */
const CSS_TARGETS = {
  chrome: 111 << 16,
  edge: 111 << 16,
  firefox: 113 << 16,
  safari: (16 << 16) | (4 << 8),
};

/**
 * `src/styles/index.css` and everything it `@import`s as one minified stylesheet, as shipped in
 * `dist/styles.css` (the `./styles.css` export).
 */
export function bundleStylesheet() {
  return bundle({
    filename: STYLES_ENTRY,
    minify: true,
    targets: CSS_TARGETS,
    // We never use light-dark(), so its polyfill variables would be dead weight.
    exclude: Features.LightDark,
  });
}
