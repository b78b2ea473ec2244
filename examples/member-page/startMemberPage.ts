/**
 * The member page, served whole: the mock Capillary API on 127.0.0.1, and Vite's dev server with
 * the loyalty proxy mounted at `/api/loyalty` in front of it. `npm run example` runs it and prints
 * the URL (`-- --port 5173`, `-- --auth basic`); tests call `startMemberPage({ port: 0 })`.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import { createServer, type LogLevel } from 'vite';
import { DEMO_BASIC_USER, DEMO_OAUTH_CLIENT, startMockApi } from '../../scripts/mockApi.js';
import type { LoyaltyProxyCredentials } from '../../src/server/index.js';
import { loyaltyProxyPlugin } from './loyaltyProxyPlugin.js';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_PORT = 5173;

/** Options of `startMemberPage`. */
export interface StartMemberPageOptions {
  /** Port of the page; `0` picks a free one. @defaultValue 5173 */
  port?: number;
  /** Interface the page and the mock API listen on. @defaultValue '127.0.0.1' */
  host?: string;
  /** How the proxy authenticates to the mock API: OAuth client or Basic API user. @defaultValue 'oauth' */
  auth?: 'oauth' | 'basic';
  /** Vite's log level. @defaultValue 'info' */
  logLevel?: LogLevel;
  /**
   * Watch the files and update the open page when one changes (Vite's HMR). Tests turn it off:
   * an edit anywhere in the tree would otherwise reload a page in the middle of a test.
   * @defaultValue true
   */
  live?: boolean;
}

/** A running member page. */
export interface MemberPageServer {
  /** The page, e.g. `http://127.0.0.1:5173/`. */
  url: string;
  /** The mock API behind the proxy, for its `/__mock/faults` and `/__mock/reset` controls. */
  mockApiUrl: string;
  /** Stops the page and the mock API. */
  close(): Promise<void>;
}

/** The mock API's demo credentials: they go to the proxy, in this process, and nowhere else. */
function demoCredentials(auth: 'oauth' | 'basic'): LoyaltyProxyCredentials {
  return auth === 'basic'
    ? { type: 'basic', ...DEMO_BASIC_USER }
    : { type: 'oauth', ...DEMO_OAUTH_CLIENT };
}

/** Starts the mock API and the member page in front of it; resolves once both listen. */
export async function startMemberPage(
  options: StartMemberPageOptions = {},
): Promise<MemberPageServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? DEFAULT_PORT;
  const live = options.live ?? true;
  const api = await startMockApi({ port: 0, host });
  try {
    const server = await createServer({
      // The package's own vite.config.ts builds the library and runs the tests: not this page.
      configFile: false,
      root: ROOT,
      // Each mode its own dependency cache: the two configurations hash differently, and
      // sharing one would make a running `npm run example` re-bundle (and reload) under a test.
      cacheDir: `${PACKAGE_ROOT}node_modules/.vite/member-page${live ? '' : '-still'}`,
      logLevel: options.logLevel ?? 'info',
      clearScreen: false,
      appType: 'spa',
      plugins: [
        react(),
        loyaltyProxyPlugin({
          upstream: api.url,
          credentials: demoCredentials(options.auth ?? 'oauth'),
        }),
      ],
      server: {
        host,
        port,
        strictPort: true,
        // Transformed while the browser is still on its way, so the first load is quicker.
        warmup: { clientFiles: ['./main.tsx'] },
        ...(live ? {} : { ws: false as const, watch: null }),
      },
      // Listed so a cold cache does not find them mid-load and reload the page under a test.
      optimizeDeps: {
        include: [
          'react',
          'react-dom',
          'react-dom/client',
          'react/jsx-dev-runtime',
          '@tanstack/react-query',
          '@tanstack/react-virtual',
          '@radix-ui/react-tabs',
          'ky',
          'valibot',
          'date-fns',
          '@date-fns/tz/date',
          '@date-fns/tz/tzOffset',
        ],
      },
    });
    try {
      await server.listen();
    } catch (error) {
      await server.close();
      throw error;
    }
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') {
      await server.close();
      throw new Error('The member page did not get a TCP address.');
    }
    const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
      url: `http://${shownHost}:${address.port}/`,
      mockApiUrl: api.url,
      close: async () => {
        try {
          await server.close();
        } finally {
          await api.close();
        }
      },
    };
  } catch (error) {
    await api.close();
    throw error;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' }, auth: { type: 'string' } },
    allowPositionals: false,
  });
  const port = Number(values.port ?? process.env.EXAMPLE_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`Invalid port: ${values.port}`);
  const auth = values.auth ?? 'oauth';
  if (auth !== 'oauth' && auth !== 'basic') throw new Error('--auth is oauth or basic.');
  const page = await startMemberPage({ port, host: values.host, auth });
  console.log(`Member page: ${page.url}`);
  console.log(`  another member's page (the proxy answers 403): ${page.url}?member=second`);
  console.log(`  mock Capillary API behind the proxy (${auth}): ${page.mockApiUrl}`);
  const stop = () => {
    page.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
