// `npm run bench`: every benchmark in one run, one report (bench/results.md).
// Parsing cases run here in Node; the table case runs in Debian's Chromium through Playwright,
// against a Vite server of bench/table.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import pkg from '../package.json' with { type: 'json' };
import type { BenchRow } from './BenchRow.js';
import { run as ledger } from './ledger.js';
import { run as webhooks } from './webhooks.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
// Mounting every row of 100,000 takes minutes; the baseline stops at this many.
const PLAIN_LIMIT = 10_000;

async function table(): Promise<BenchRow[]> {
  // A production build: React's development checks would dominate every figure.
  const outDir = '../.tmp/table';
  await build({ root: 'bench/table', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: 'bench/table',
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({
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
  });
  const rows: BenchRow[] = [];
  try {
    for (const size of SIZES) {
      for (const kind of ['virtual', 'plain'] as const) {
        if (kind === 'plain' && size > PLAIN_LIMIT) continue;
        const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
        await page.goto(url ?? '');
        await page.waitForFunction(() => 'bench' in window, undefined, { timeout: 60_000 });
        type Bench = {
          prepare(n: number): number;
          mount(k: string): Promise<number>;
          elements(): number;
          sort(): Promise<number>;
          scroll(): Promise<number>;
        };
        await page.evaluate(
          (count) => (window as unknown as { bench: Bench }).bench.prepare(count),
          size,
        );
        const label = `table ${kind === 'virtual' ? 'PointsLedgerTable' : 'plain <table>'}, ${size.toLocaleString('en')} rows`;
        const measure = (script: string) => page.evaluate(script) as Promise<number>;
        rows.push({
          name: `${label}: time to first rows`,
          value: await measure(`bench.mount('${kind}')`),
          unit: 'ms',
        });
        rows.push({
          name: `${label}: DOM elements`,
          value: await measure('bench.elements()'),
          unit: 'elements',
        });
        rows.push({
          name: `${label}: sort by points`,
          value: await measure('bench.sort()'),
          unit: 'ms',
        });
        rows.push({
          name: `${label}: p95 scroll frame`,
          value: await measure('bench.scroll()'),
          unit: 'ms',
        });
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

const results: BenchRow[] = [];
for (const [name, run] of [
  ['ledger', ledger],
  ['webhooks', webhooks],
  ['table', table],
] as const) {
  process.stdout.write(`running ${name}…\n`);
  results.push(...(await run()));
}

const round = (value: number) => (value >= 100 ? Math.round(value) : Math.round(value * 10) / 10);
const report = [
  '# Benchmarks',
  '',
  `Run on ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium (Debian) via Playwright, ${pkg.name} ${pkg.version}, React ${pkg.devDependencies.react}.`,
  'Figures vary with the machine and its load; compare rows of the same run.',
  '',
  '| case | value | unit |',
  '| --- | ---: | --- |',
  ...results.map(
    (row) => `| ${row.name} | ${round(row.value).toLocaleString('en')} | ${row.unit} |`,
  ),
  '',
].join('\n');
writeFileSync('bench/results.md', report);
process.stdout.write(report);
