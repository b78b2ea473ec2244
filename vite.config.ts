import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };
import { bundleStylesheet } from './scripts/bundleStylesheet.js';

// Everything a consumer installs next to us stays out of our bundle.
const external = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)];
const isExternal = (id: string) =>
  external.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * Ships `src/styles/index.css` and everything it `@import`s as one minified `dist/styles.css`
 * (the `./styles.css` export). The JS entries import no CSS, so the library build alone would
 * never emit it; lightningcss is the bundler and minifier Vite itself uses.
 */
function stylesheet(): Plugin {
  let isLibraryBuild = false;
  return {
    name: 'capillary-loyalty-widgets:stylesheet',
    apply: 'build',
    configResolved(config) {
      isLibraryBuild = Boolean(config.build.lib);
    },
    generateBundle() {
      if (!isLibraryBuild) return;
      const { code, warnings } = bundleStylesheet();
      for (const warning of warnings) this.warn(warning.message);
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: code });
    },
  };
}

/** Debian's Chromium: Playwright's own browser download is not reachable from CI. */
const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
});

/** A test project that runs every story in Chromium, as the Storybook in `configDir` shows it. */
function storybookProject(name: string, configDir: string): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir })],
    // Found only at run time, these would make a cold cache reload mid-run and fail the tests.
    optimizeDeps: {
      include: [
        'react',
        'react-dom',
        'react-dom/client',
        'react/jsx-runtime',
        'react/jsx-dev-runtime',
        'msw',
        'msw/browser',
        'msw-storybook-addon/csf3',
        '@storybook/react-vite',
        '@storybook/addon-a11y/preview',
        'storybook/test',
        'storybook/preview-api',
        // Discovered only when a story runs; listed so a cold cache does not reload mid-test.
        '@date-fns/tz/tzOffset',
        '@date-fns/tz/date',
        'date-fns',
        'valibot',
        'ky',
        '@tanstack/react-query',
        '@tanstack/react-virtual',
        '@radix-ui/react-tabs',
      ],
    },
    test: {
      name,
      // A ledger story takes about 3 s alone, but up to 9 s on a 2-core CI machine running both
      // story projects and the unit tests at once; 15 s (the default) once timed out there.
      testTimeout: 30_000,
      browser: {
        enabled: true,
        headless: true,
        provider: chromium,
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), stylesheet()],
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: ['src/index.ts', 'src/core/index.ts', 'src/server/index.ts', 'src/i18n/ar.ts'],
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      // One file per module: with "sideEffects" in package.json, an app's bundler then drops
      // every module it does not use (a StreakProgress-only app gets no table, client or schemas).
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.{ts,tsx}'] },
        },
      },
      // Every story is a test: it must render, pass its play function and pass axe. Designers
      // review each state in Arabic and the dark theme too, so the stories run there as well.
      storybookProject('storybook', '.storybook'),
      storybookProject('storybook:ar-dark', '.storybook-ar-dark'),
    ],
  },
});
