/**
 * `npm run test:consumers`: the package as brands get it. Builds and packs the library, installs
 * the tarball into throw-away apps made from the templates in `scripts/consumers/` (a Vite SPA on
 * React 19, one on React 18, and a server-rendered React 19 app hydrated in the browser), and for
 * each app:
 *
 * 1. installs it (`npm install`, from the warm npm cache where it can);
 * 2. type-checks it against the published `.d.ts` (`tsc --noEmit`, strict, no `skipLibCheck`);
 * 3. builds it twice: for production, and with React's development build, the only one that
 *    reports most warnings (keys, attribute mismatches while hydrating…);
 * 4. opens both builds in Chromium, on the mock Capillary API behind the library's own proxy, and
 *    waits for the ledger's first row and the streak's progress bar. Any console error or
 *    warning, uncaught error, failed or off-origin request, or credential header sent by the page
 *    fails the app; so does anything the server-rendered app prints on stderr, server HTML
 *    without the widgets, or hydration that replaced the server's DOM.
 *
 * Prints one PASS / FAIL line per app and exits non-zero on any failure. `--keep` leaves the temp
 * folder in place for a look around.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { createLoyaltyProxy } from '../src/server/index.js';
import { DEMO_BASIC_USER, type MockApi, startMockApi } from './mockApi.js';
import { toNodeListener } from './toNodeListener.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = join(REPO, 'scripts', 'consumers');
const KEEP = process.argv.includes('--keep');

const SECOND = 1000;
const LIBRARY_BUILD_TIMEOUT = 180 * SECOND;
const PACK_TIMEOUT = 60 * SECOND;
// A cold cache (a first run on a new machine) downloads everything: the bound is generous.
const INSTALL_TIMEOUT = 300 * SECOND;
const TYPECHECK_TIMEOUT = 120 * SECOND;
const APP_BUILD_TIMEOUT = 120 * SECOND;
const SERVER_START_TIMEOUT = 20 * SECOND;
const PAGE_TIMEOUT = 30 * SECOND;
/** Requests the widgets make after their first rows (history probe, next page) get this long. */
const SETTLE_TIMEOUT = 10 * SECOND;
/** Everything, end to end: a hung step anywhere still ends the run. */
const TOTAL_TIMEOUT = 12 * 60 * SECOND;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The member every proxy here serves: the mock API's regular member. */
const REGULAR_MEMBER = {
  customerId: 374819205,
  identifierName: 'mobile',
  identifierValue: '917406401004',
  source: 'INSTORE',
};

/** One throw-away app: a folder of `scripts/consumers/`. */
interface ConsumerApp {
  /** Its template folder, also its name in the summary. */
  name: string;
  /** What it stands for. */
  title: string;
  /** `spa`: static files served here; `ssr`: the app's own Node server renders the page. */
  kind: 'spa' | 'ssr';
}

const APPS: readonly ConsumerApp[] = [
  { name: 'vite-react19', title: 'Vite SPA, React 19', kind: 'spa' },
  { name: 'vite-react18', title: 'Vite SPA, React 18', kind: 'spa' },
  { name: 'ssr-react19', title: 'Node SSR + hydration, React 19', kind: 'ssr' },
];

/** How a build was made: production, or with React's development build. */
type Variant = 'production' | 'development';
const VARIANTS: readonly Variant[] = ['production', 'development'];

interface AppResult {
  app: ConsumerApp;
  ok: boolean;
  /** Step timings, e.g. `install 9.8s`. */
  steps: string[];
  problems: string[];
}

class StepFailure extends Error {
  override readonly name = 'StepFailure';
}

// ---------------------------------------------------------------------------------------------
// Processes: each in its own process group, so a timeout ends npm or vite with all their children.

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** The environment without `NODE_ENV` (Vite picks the mode itself), plus `extra`. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_ENV: _ignored, ...env } = process.env;
  return { ...env, npm_config_update_notifier: 'false', ...extra };
}

/** Output kept for a failure report: the end is where the error is. */
function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

interface RunOptions {
  cwd: string;
  timeoutMs: number;
  env?: Record<string, string>;
}

/**
 * Runs a command to its end and resolves its stdout; rejects with the tail of its whole output
 * (stdout and stderr, interleaved) on failure or timeout.
 */
function run(command: string, args: readonly string[], options: RunOptions): Promise<string> {
  const label = [command, ...args].join(' ');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: childEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    let stdout = '';
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      output += chunk.toString('utf8');
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child, 'SIGKILL');
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      running.delete(child);
      reject(new StepFailure(`${label}: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (code === 0) resolvePromise(stdout);
      else {
        const why = timedOut
          ? `timed out after ${options.timeoutMs / SECOND}s`
          : `exited with ${code ?? signal}`;
        reject(new StepFailure(`${label} ${why}\n${tail(output)}`));
      }
    });
  });
}

async function timed<T>(steps: string[], name: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await step();
  } finally {
    steps.push(`${name} ${((performance.now() - started) / SECOND).toFixed(1)}s`);
  }
}

/** `promise`, or a StepFailure once `ms` have passed. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepFailure(`${what}: no answer in ${ms / SECOND}s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------
// Serving: the built files and the proxy, on one origin, as a brand would.

interface Served {
  url: string;
  /** What went wrong on the server: the SSR app's stderr, or the proxy's reported failures. */
  errors: () => string;
  close: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static server for a built SPA, with the library's proxy at `/api/loyalty`. */
async function serveSpa(root: string, mockApi: MockApi): Promise<Served> {
  const errors: string[] = [];
  const proxy = toNodeListener(
    createLoyaltyProxy({
      upstream: mockApi.url,
      credentials: { type: 'basic', ...DEMO_BASIC_USER },
      resolveCustomer: () => REGULAR_MEMBER,
      onError: (error) => errors.push(`proxy: ${error instanceof Error ? error.stack : error}`),
    }),
  );
  const server: Server = createServer((incoming, outgoing) => {
    const { pathname } = new URL(incoming.url ?? '/', 'http://localhost');
    if (pathname.startsWith('/api/loyalty/')) {
      void proxy(incoming, outgoing);
      return;
    }
    // Paths without an extension are the app's routes: index.html answers them.
    const file = extname(pathname) ? resolve(root, `.${pathname}`) : join(root, 'index.html');
    if (!file.startsWith(root + sep)) {
      outgoing.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
        outgoing.writeHead(200, { 'Content-Type': type }).end(body);
      },
      () => outgoing.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    errors: () => errors.join('\n'),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** Starts the SSR app's own server (`node dist/server/server.js`) on a free port. */
async function serveSsr(appDir: string, clientDir: string, variant: Variant, mockApi: MockApi) {
  const child = spawn(process.execPath, [join(appDir, 'dist', 'server', 'server.js')], {
    cwd: appDir,
    env: childEnv({
      NODE_ENV: variant,
      PORT: '0',
      HOST: '127.0.0.1',
      CLIENT_DIR: clientDir,
      LOYALTY_UPSTREAM: mockApi.url,
      LOYALTY_API_USER: DEMO_BASIC_USER.username,
      LOYALTY_API_PASSWORD: DEMO_BASIC_USER.password,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      killGroup(child, 'SIGTERM');
      await within(5 * SECOND, 'SSR server stop', exited).catch(() => killGroup(child, 'SIGKILL'));
    }
    running.delete(child);
  };
  try {
    const url = await within(
      SERVER_START_TIMEOUT,
      'SSR server start',
      new Promise<string>((resolveUrl, reject) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          const match = /listening on (http:\/\/\S+)/.exec(stdout);
          if (match?.[1]) resolveUrl(`${match[1]}/`);
        });
        child.once('exit', (code) =>
          reject(new StepFailure(`SSR server exited with ${code}\n${tail(stdout + stderr)}`)),
        );
      }),
    );
    return { url, errors: () => stderr, close: stop } satisfies Served;
  } catch (error) {
    await stop();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The browser checks.

interface PageCheck {
  /** Server-rendered: check the HTML and that hydration kept the server's DOM. */
  ssr: boolean;
}

/** What the server-rendered HTML must already hold, before any script runs. */
const SERVER_MARKUP: readonly [string, RegExp][] = [
  ['the ledger table', /data-slot="points-ledger-table"/],
  ['the table in its loading state', /clw-skeleton-row/],
  ['the streak', /data-slot="streak-progress"/],
  ['the streak’s progress bar', /role="progressbar"[^>]*aria-valuenow="4"/],
  ['the streak’s name', /Weekend streak/],
  ['the streak’s first level, reached', /data-slot="item-status" data-state="achieved"/],
];

/** The nodes hydration must keep: if React re-rendered them, the server's DOM was thrown away. */
const KEPT_SELECTORS = ['main h1', '[data-slot="points-ledger-table"]', '[role="progressbar"]'];

interface ProbeWindow {
  __serverNodes?: (Element | null)[];
}

async function checkServerHtml(url: string): Promise<string[]> {
  const response = await within(PAGE_TIMEOUT, 'server render', fetch(url));
  const html = await response.text();
  if (response.status !== 200) return [`the page answered ${response.status}: ${tail(html, 5)}`];
  return SERVER_MARKUP.filter(([, pattern]) => !pattern.test(html)).map(
    ([what]) => `the server's HTML lacks ${what}`,
  );
}

/** Opens `url` and waits for both widgets; resolves the problems seen (none: it passed). */
async function checkInBrowser(browser: Browser, url: string, check: PageCheck) {
  const origin = new URL(url).origin;
  const problems: string[] = [];
  // The member's browser is in another zone than the server: the widgets must not care.
  const context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const inFlight = watch(page, origin, problems);

    let releaseScripts = () => {};
    let held = 0;
    if (check.ssr) {
      // Hold the bundle back until the server's nodes are noted, so hydration cannot run first.
      const gate = new Promise<void>((open) => (releaseScripts = open));
      await page.route(`${origin}/assets/**/*.js`, async (route) => {
        held++;
        await gate;
        await route.continue();
      });
    }
    await page.goto(url, { waitUntil: check.ssr ? 'commit' : 'load' });
    if (check.ssr) {
      // Parsed, and the (deferred, held) bundle not run yet: what is in the DOM is the server's.
      await page.waitForFunction(() => document.readyState !== 'loading');
      await page.evaluate((selectors) => {
        (window as ProbeWindow).__serverNodes = selectors.map((s) => document.querySelector(s));
      }, KEPT_SELECTORS);
      releaseScripts();
    }

    await page.locator('[role="row"][aria-rowindex="2"]').first().waitFor();
    await page.locator('[role="progressbar"]').first().waitFor();
    // The table keeps loading after its first rows (the history probe, a next page): let those
    // finish so that their failures are seen too.
    if (!(await settled(inFlight))) {
      problems.push(`the page was still loading ${SETTLE_TIMEOUT / SECOND}s after its first rows`);
    }

    if (check.ssr) {
      const kept = await page.evaluate(() =>
        ((window as ProbeWindow).__serverNodes ?? []).map((node) => Boolean(node?.isConnected)),
      );
      // Else the bundle may have hydrated before the nodes were noted, and the check below proves
      // nothing.
      if (held === 0) problems.push('the check could not hold the bundle back (no script matched)');
      KEPT_SELECTORS.forEach((selector, index) => {
        if (!kept[index]) problems.push(`hydration replaced the server's ${selector}`);
      });
    }
    // A copy: closing the page could still add what its closing aborts.
    return [...problems];
  } catch (error) {
    // What the page logged before the failed wait usually says why it failed: keep both.
    return [...problems, error instanceof Error ? error.message : String(error)];
  } finally {
    await context.close();
  }
}

/** Resolves whether no request was in flight for half a second, within SETTLE_TIMEOUT. */
async function settled(inFlight: () => number): Promise<boolean> {
  const deadline = performance.now() + SETTLE_TIMEOUT;
  let quietSince = performance.now();
  while (performance.now() < deadline) {
    if (inFlight() > 0) quietSince = performance.now();
    else if (performance.now() - quietSince >= 500) return true;
    await new Promise((wake) => setTimeout(wake, 50));
  }
  return false;
}

/** Records what the page must not do; returns how many of its requests are in flight. */
function watch(page: Page, origin: string, problems: string[]): () => number {
  let inFlight = 0;
  page.on('requestfinished', () => inFlight--);
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warning') problems.push(`console.${type}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('request', (request) => {
    inFlight++;
    const target = request.url();
    if (!target.startsWith(`${origin}/`) && !target.startsWith('data:')) {
      problems.push(`a request left the app's origin: ${target}`);
    }
    const headers = request.headers();
    if (headers.authorization || headers['x-cap-api-oauth-token']) {
      problems.push(`the browser sent a credential header to ${target}`);
    }
  });
  page.on('requestfailed', (request) => {
    inFlight--;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return () => inFlight;
}

// ---------------------------------------------------------------------------------------------
// One app, end to end.

async function prepareApp(app: ConsumerApp, root: string, tarball: string, steps: string[]) {
  const appDir = join(root, app.name);
  await cp(join(TEMPLATES, app.name), appDir, { recursive: true });
  const manifestPath = join(appDir, 'package.json');
  const manifest = await readFile(manifestPath, 'utf8');
  await writeFile(manifestPath, manifest.replace('__TARBALL__', tarball));

  await timed(steps, 'install', () =>
    run('npm', ['install', '--no-audit', '--no-fund'], {
      cwd: appDir,
      timeoutMs: INSTALL_TIMEOUT,
    }),
  );
  await timed(steps, 'typecheck', () =>
    run('npm', ['run', 'typecheck'], { cwd: appDir, timeoutMs: TYPECHECK_TIMEOUT }),
  );
  await timed(steps, 'build', () =>
    run('npm', ['run', 'build'], { cwd: appDir, timeoutMs: APP_BUILD_TIMEOUT }),
  );
  // The same client with React's development build, into a folder of its own.
  await timed(steps, 'dev build', () =>
    run(
      join(appDir, 'node_modules', '.bin', 'vite'),
      ['build', '--outDir', clientDir(app, 'development')],
      {
        cwd: appDir,
        timeoutMs: APP_BUILD_TIMEOUT,
        env: { NODE_ENV: 'development' },
      },
    ),
  );
  return appDir;
}

/** Where a variant's browser files are, relative to the app. */
function clientDir(app: ConsumerApp, variant: Variant): string {
  const base = variant === 'production' ? 'dist' : 'dist-dev';
  return app.kind === 'ssr' ? `${base}/client` : base;
}

async function testApp(
  app: ConsumerApp,
  root: string,
  tarball: string,
  browser: Promise<Browser>,
  mockApi: MockApi,
): Promise<AppResult> {
  const steps: string[] = [];
  const problems: string[] = [];
  try {
    const appDir = await prepareApp(app, root, tarball, steps);
    for (const variant of VARIANTS) {
      const found = await timed(steps, `browser (${variant})`, async () => {
        const files = resolve(appDir, clientDir(app, variant));
        const served =
          app.kind === 'ssr'
            ? await serveSsr(appDir, files, variant, mockApi)
            : await serveSpa(files, mockApi);
        try {
          const seen = app.kind === 'ssr' ? await checkServerHtml(served.url) : [];
          seen.push(
            ...(await checkInBrowser(await browser, served.url, { ssr: app.kind === 'ssr' })),
          );
          const errors = served.errors().trim();
          if (errors) seen.push(`the server reported:\n${tail(errors)}`);
          return seen;
        } finally {
          await served.close();
        }
      });
      problems.push(...found.map((problem) => `[${variant}] ${problem}`));
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return { app, ok: problems.length === 0, steps, problems };
}

// ---------------------------------------------------------------------------------------------

async function packLibrary(root: string): Promise<string> {
  await run('npm', ['run', 'build'], { cwd: REPO, timeoutMs: LIBRARY_BUILD_TIMEOUT });
  const stdout = await run('npm', ['pack', '--json', '--pack-destination', root], {
    cwd: REPO,
    timeoutMs: PACK_TIMEOUT,
  });
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  if (!packed) throw new StepFailure(`npm pack printed no file name:\n${tail(stdout)}`);
  return join(root, packed.filename);
}

function printSummary(results: readonly AppResult[], seconds: number): void {
  console.log('\nConsumer apps:');
  for (const { app, ok, steps, problems } of results) {
    console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${app.name.padEnd(13)} ${app.title}`);
    console.log(`        ${steps.join(' · ')}`);
    for (const problem of problems) {
      console.log(`        - ${problem.replaceAll('\n', '\n          ')}`);
    }
  }
  const failed = results.filter((result) => !result.ok).length;
  console.log(
    `\n${results.length - failed} of ${results.length} consumer apps passed in ${seconds.toFixed(0)}s`,
  );
}

async function main(): Promise<number> {
  const started = performance.now();
  const root = await mkdtemp(join(tmpdir(), 'clw-consumers-'));
  let mockApi: MockApi | undefined;
  let browser: Promise<Browser> | undefined;
  const cleanup = async () => {
    for (const child of running) killGroup(child, 'SIGKILL');
    await browser?.then((opened) => opened.close()).catch(() => {});
    await mockApi?.close().catch(() => {});
    if (KEEP) console.log(`Kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  };
  const watchdog = setTimeout(() => {
    console.error(`test:consumers: still running after ${TOTAL_TIMEOUT / SECOND}s, giving up`);
    void cleanup().finally(() => process.exit(1));
  }, TOTAL_TIMEOUT);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`test:consumers: ${signal}, stopping`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  try {
    console.log(`Packing the library into ${root}`);
    const tarball = await packLibrary(root);
    const api = await startMockApi({ port: 0 });
    mockApi = api;
    // Launched while the apps install; awaited where first needed.
    const launched = chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      timeout: PAGE_TIMEOUT,
    });
    browser = launched;
    // A launch failure is reported by each app that awaits it; this only keeps it from being
    // reported as unhandled before then.
    launched.catch(() => {});
    console.log(`Installing ${tarball} into ${APPS.map((app) => app.name).join(', ')}`);
    const results = await Promise.all(
      APPS.map((app) => testApp(app, root, tarball, launched, api)),
    );
    printSummary(results, (performance.now() - started) / SECOND);
    return results.every((result) => result.ok) ? 0 : 1;
  } catch (error) {
    console.error(`test:consumers failed: ${error instanceof Error ? error.message : error}`);
    return 1;
  } finally {
    clearTimeout(watchdog);
    await cleanup();
  }
}

process.exitCode = await main();
// Everything is closed by now; should some handle still hold the process, it ends anyway.
setTimeout(() => process.exit(), 5 * SECOND).unref();
