import { resolve } from 'node:path';
import { bundle, Features } from 'lightningcss';

const STYLES_ENTRY = resolve(import.meta.dirname, '../src/styles/index.css');

/**
 * Browsers the shipped CSS must work in, as lightningcss encodes versions (major << 16): those of
 * the README's browser support. Chrome and Edge from 120, which read `:dir()`: for older ones,
 * lightningcss would write it as a list of right-to-left languages, and a right-to-left page in
 * any other (or none) would turn the table's chevrons the wrong way.
 */
const CSS_TARGETS = {
  chrome: 120 << 16,
  edge: 120 << 16,
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
