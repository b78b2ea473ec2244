// @vitest-environment node
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type MemberPageServer,
  startMemberPage,
} from '../../examples/member-page/startMemberPage.js';
import { DEMO_BASIC_USER, DEMO_OAUTH_CLIENT } from '../../scripts/mockApi.js';
import type { MockFault } from '../mocks/createMockCapillary.js';
import { MEMBERS } from '../mocks/mockCustomers.js';

// The member page as a member's browser sees it: Chromium → Vite dev server with the loyalty
// proxy → mock Capillary API, all on 127.0.0.1 and ephemeral ports, started and stopped here.

/** Longest any single wait may take (a cold Vite cache bundles the dependencies first). */
const WAIT_MS = 20_000;
/** Longest one test may take, all its waits included. */
const TEST_MS = 45_000;
/** A short client timeout and one automatic retry, so the fault paths play out in seconds. */
const FAST_CLIENT = '?timeoutMs=1500&retry=1';

const LEDGER_PATH = '/api/loyalty/v2/pointsLedger/getLedgerExplodeInfo';

let memberPage: MemberPageServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [memberPage, browser] = await Promise.all([
    startMemberPage({ port: 0, logLevel: 'silent', live: false }),
    chromium.launch({
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
      timeout: WAIT_MS,
    }),
  ]);
}, 2 * WAIT_MS);

afterEach(async () => {
  // A page left open could take a fault meant for the next test.
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  await controlMockApi('reset');
});

afterAll(async () => {
  await browser?.close();
  await memberPage?.close();
}, WAIT_MS);

async function controlMockApi(action: 'reset' | 'faults', faults?: MockFault[]): Promise<void> {
  if (!memberPage) return;
  const response = await fetch(`${memberPage.mockApiUrl}/__mock/${action}`, {
    method: 'POST',
    body: faults ? JSON.stringify(faults) : undefined,
    signal: AbortSignal.timeout(5_000),
  });
  expect(response.status).toBe(200);
}

/**
 * Opens the member page in a fresh browser context (its own cookies, so its own session);
 * `watch` attaches listeners before anything loads.
 */
async function openPage(query = '', watch?: (page: Page) => void): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  page.setDefaultNavigationTimeout(WAIT_MS);
  watch?.(page);
  await page.goto(new URL(query, memberPage.url).href, {
    waitUntil: 'domcontentloaded',
    timeout: WAIT_MS,
  });
  return page;
}

/** What the ledger table shows once it settled: its row count, "N entries loaded" and its first rows. */
interface LedgerSnapshot {
  rowCount: string | null;
  loaded: string;
  firstRows: string[];
}

/** Waits until the table shows rows and nothing is loading, then reads it. */
async function readLedger(page: Page): Promise<LedgerSnapshot> {
  const table = page.locator('[data-slot="table"][aria-busy="false"]');
  // The last page moves focus, and the table's scroll, to its first row: read from the top.
  await table.evaluate((element) => element.scrollTo(0, 0), undefined, { timeout: WAIT_MS });
  await table.locator('[role="row"][aria-rowindex="2"]').waitFor({ timeout: WAIT_MS });
  const status = page.locator('[data-slot="points-ledger-table"] [role="status"]');
  // Rows are virtualized: only the first screen is in the DOM, so compare those and the counts.
  const firstRows = await table.locator('[role="rowgroup"] [role="row"]').evaluateAll((rows) =>
    rows
      .map((row) => ({
        index: Number(row.getAttribute('aria-rowindex')),
        text: row.textContent ?? '',
      }))
      .sort((a, b) => a.index - b.index)
      .slice(0, 8)
      .map(({ index, text }) => `${index}: ${text}`),
  );
  return {
    rowCount: await table.getAttribute('aria-rowcount', { timeout: WAIT_MS }),
    loaded: (await status.textContent({ timeout: WAIT_MS })) ?? '',
    firstRows,
  };
}

/** Counts the page's ledger answers by status into `counts`, as they arrive. */
function countLedgerAnswers(page: Page, counts: Map<number, number>): void {
  page.on('response', (response) => {
    if (new URL(response.url()).pathname !== LEDGER_PATH) return;
    counts.set(response.status(), (counts.get(response.status()) ?? 0) + 1);
  });
}

/** Every string that would give the mock API's credentials (or a token it issued) away. */
const SECRETS = [
  DEMO_BASIC_USER.username,
  DEMO_BASIC_USER.password,
  Buffer.from(`${DEMO_BASIC_USER.username}:${DEMO_BASIC_USER.password}`).toString('base64'),
  DEMO_OAUTH_CLIENT.clientKey,
  DEMO_OAUTH_CLIENT.clientSecret,
  'mock-token-',
];

describe('the member page, served with the proxy in front of the local API', () => {
  it(
    'shows the member their ledger and a row’s breakup, with no credential ever in the browser',
    async () => {
      const requests: { url: string; headers: Promise<Record<string, string>> }[] = [];
      const bodies: Promise<{ url: string; text: string }>[] = [];
      const ledgerAnswers = new Map<number, number>();
      const page = await openPage('', (opened) => {
        countLedgerAnswers(opened, ledgerAnswers);
        opened.on('request', (request) =>
          requests.push({
            url: request.url(),
            // The sync list as a fallback: it lacks only what the network stack adds (cookies).
            headers: request.allHeaders().catch(() => request.headers()),
          }),
        );
        opened.on('response', (response) =>
          bodies.push(
            Promise.all([
              response.allHeaders().then((headers) => Object.values(headers).join('\n')),
              response.body().then(
                (body) => body.toString('latin1'),
                // Bodies of redirects and aborted loads cannot be read; there is nothing in them.
                () => '',
              ),
            ]).then(([headers, body]) => ({ url: response.url(), text: `${headers}\n${body}` })),
          ),
        );
      });

      // The rows come from the local API, through the proxy.
      const ledger = await readLedger(page);
      expect(Number(ledger.rowCount)).toBeGreaterThan(1);
      expect(ledger.loaded).toBe(`${Number(ledger.rowCount) - 1} entries loaded`);
      expect([...ledgerAnswers.keys()]).toEqual([200]);

      // Opening a row shows its breakup card, naming the same activity.
      const firstRow = page.locator('[data-slot="table"] [role="row"][aria-rowindex="2"]');
      const activity = (await firstRow.locator('[data-column="activity"]').textContent()) ?? '';
      await firstRow.getByRole('button', { name: /^Show details/ }).click({ timeout: WAIT_MS });
      // The details are the next row of the table.
      const card = page.locator(
        '[data-slot="table"] [role="row"][aria-rowindex="3"] [data-slot="expanded"] [data-slot="event-breakup-card"]',
      );
      await card.waitFor({ state: 'visible', timeout: WAIT_MS });
      expect(activity).not.toBe('');
      expect(await card.textContent()).toContain(activity);

      // The streak and the target, replayed from the webhook samples.
      await page
        .locator('[data-slot="streak-progress"]')
        .getByText('Streak 24 July', { exact: true })
        .first()
        .waitFor({ timeout: WAIT_MS });
      await page.locator('[data-slot="target-milestone-bar"]').waitFor({ timeout: WAIT_MS });

      // A customer id edited into a request is refused; the member's own is not.
      const statuses = await page.evaluate(
        async ({ own, other, otherMobile }) => {
          const history = (customerId: number) =>
            fetch(`/api/loyalty/v2/historicalPoints/getHistoricalPoints/${customerId}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({
                filter: { filterType: 'NONE' },
                pageDetails: { offset: 0, limit: 5 },
              }),
              signal: AbortSignal.timeout(5_000),
            }).then((response) => response.status);
          const ledger = fetch(
            `/api/loyalty/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=${otherMobile}&source=INSTORE`,
            { signal: AbortSignal.timeout(5_000) },
          ).then((response) => response.status);
          return {
            own: await history(own),
            other: await history(other),
            otherLedger: await ledger,
          };
        },
        {
          own: MEMBERS.regular.customerId,
          other: MEMBERS.second.customerId,
          otherMobile: MEMBERS.second.identifierValue,
        },
      );
      expect(statuses).toEqual({ own: 200, other: 403, otherLedger: 403 });

      // Nothing the page sent or received carries a credential, or names the API's host.
      const upstreamHost = new URL(memberPage.mockApiUrl).host;
      const apiRequests = requests.filter((request) => request.url.includes('/api/loyalty/'));
      expect(apiRequests.length).toBeGreaterThan(3);
      // The member is known by the session cookie alone, which the page's scripts cannot read.
      for (const request of apiRequests) {
        expect((await request.headers).cookie).toMatch(/^clw_demo_session=[\w-]+$/);
      }
      for (const request of requests) {
        const headers = await request.headers;
        const names = Object.keys(headers).map((name) => name.toLowerCase());
        expect(names, request.url).not.toContain('authorization');
        expect(names, request.url).not.toContain('x-cap-api-oauth-token');
        const sent = [request.url, ...Object.values(headers)].join('\n');
        for (const secret of [...SECRETS, upstreamHost]) expect(sent).not.toContain(secret);
      }
      const received = await Promise.all(bodies);
      expect(received.length).toBeGreaterThan(10);
      for (const { url, text } of received) {
        for (const secret of [...SECRETS, upstreamHost]) {
          expect(text.includes(secret), `${url} contains ${secret}`).toBe(false);
        }
      }
    },
    TEST_MS,
  );

  it(
    'refuses another member’s page with 403, and tells the member why',
    async () => {
      const answers = new Map<number, number>();
      const page = await openPage('?member=second', (opened) =>
        countLedgerAnswers(opened, answers),
      );
      const alert = page.locator('[data-slot="points-ledger-table"] [role="alert"]');
      await alert.waitFor({ timeout: WAIT_MS });
      expect([...answers.keys()]).toEqual([403]);
      expect(await alert.textContent()).toContain('A member may read only their own loyalty data.');
    },
    TEST_MS,
  );

  it(
    'offers Retry when the API fails twice, then shows the same rows, none lost or doubled',
    async () => {
      // What the page shows with nothing failing: one page, then two.
      const reference = await openPage(FAST_CLIENT);
      const onePage = await readLedger(reference);
      await reference.getByRole('button', { name: 'Load more' }).click({ timeout: WAIT_MS });
      await reference
        .locator(`[data-slot="table"]:not([aria-rowcount="${onePage.rowCount}"])`)
        .waitFor({ timeout: WAIT_MS });
      const twoPages = await readLedger(reference);
      expect(Number(twoPages.rowCount)).toBeGreaterThan(Number(onePage.rowCount));

      // 500, then 500 again on the client's automatic retry: the member is offered Retry.
      await controlMockApi('faults', [{ endpoint: 'pointsLedger', status: 500, times: 2 }]);
      const answers = new Map<number, number>();
      const page = await openPage(FAST_CLIENT, (opened) => countLedgerAnswers(opened, answers));
      const alert = page.locator('[data-slot="points-ledger-table"] [role="alert"]');
      await alert.waitFor({ timeout: WAIT_MS });
      await expect.poll(() => answers.get(500), { timeout: WAIT_MS }).toBe(2);
      await alert.getByRole('button', { name: 'Retry' }).click({ timeout: WAIT_MS });
      expect(await readLedger(page)).toEqual(onePage);
      await alert.waitFor({ state: 'detached', timeout: WAIT_MS });

      // The next page fails the same way: the loaded rows stay, and Retry brings the second
      // page once, without asking the member to press Load more again.
      await controlMockApi('faults', [{ endpoint: 'pointsLedger', status: 500, times: 2 }]);
      await page.getByRole('button', { name: 'Load more' }).click({ timeout: WAIT_MS });
      await alert.waitFor({ timeout: WAIT_MS });
      await expect.poll(() => answers.get(500), { timeout: WAIT_MS }).toBe(4);
      expect(await readLedger(page)).toEqual(onePage);
      await alert.getByRole('button', { name: 'Retry' }).click({ timeout: WAIT_MS });
      await alert.waitFor({ state: 'detached', timeout: WAIT_MS });
      await page
        .locator(`[data-slot="table"]:not([aria-rowcount="${onePage.rowCount}"])`)
        .waitFor({ timeout: WAIT_MS });
      expect(await readLedger(page)).toEqual(twoPages);
    },
    TEST_MS,
  );

  it(
    'gives up on an answer slower than the client’s timeout, then loads the same rows on Retry',
    async () => {
      const reference = await openPage(FAST_CLIENT);
      const expected = await readLedger(reference);

      // Far slower than the page's 1.5 s: the page must not wait for it.
      await controlMockApi('faults', [
        { endpoint: 'pointsLedger', status: 503, delayMs: 15_000, times: 1 },
      ]);
      const page = await openPage(FAST_CLIENT);
      const startedAt = Date.now();
      const alert = page.locator('[data-slot="points-ledger-table"] [role="alert"]');
      await alert.waitFor({ timeout: WAIT_MS });
      expect(Date.now() - startedAt).toBeLessThan(10_000);
      expect(await alert.textContent()).toContain('took too long');
      await alert.getByRole('button', { name: 'Retry' }).click({ timeout: WAIT_MS });
      expect(await readLedger(page)).toEqual(expected);
      await alert.waitFor({ state: 'detached', timeout: WAIT_MS });
    },
    TEST_MS,
  );
});
