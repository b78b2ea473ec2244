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

type Kind = 'virtual' | 'reference' | 'plain';
const KINDS: Record<Kind, string> = {
  virtual: 'PointsLedgerTable',
  reference: 'TanStack Table + Virtual',
  plain: 'plain <table>',
};
const METRICS = [
  ['first rows (ms)', "bench.mount('KIND')"],
  ['DOM elements', 'bench.elements()'],
  ['sort by points (ms)', 'bench.sort()'],
  ['p95 scroll frame (ms)', 'bench.scroll()'],
  ['slowest key in the bill filter (ms)', 'bench.type()'],
] as const;

/** Measurements of one table at one size, in METRICS order; `null` where the table lacks the feature. */
type TableFigures = { size: number; kind: Kind; values: (number | null)[] };

async function table(): Promise<TableFigures[]> {
  // A production build: React's development checks would dominate every figure.
  const outDir = '../.tmp/table';
  await build({ root: 'bench/table', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: 'bench/table',
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0] ?? '';
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
  const figures: TableFigures[] = [];
  try {
    for (const size of SIZES) {
      for (const kind of Object.keys(KINDS) as Kind[]) {
        if (kind === 'plain' && size > PLAIN_LIMIT) continue;
        const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
        await page.goto(url);
        await page.waitForFunction(() => 'bench' in window, undefined, { timeout: 60_000 });
        await page.evaluate(`bench.prepare(${size})`);
        const values: (number | null)[] = [];
        for (const [, script] of METRICS) {
          values.push((await page.evaluate(script.replace('KIND', kind))) as number | null);
        }
        figures.push({ size, kind, values });
        process.stdout.write(`  ${KINDS[kind]}, ${size} rows: ${values.map(round).join(' / ')}\n`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

const round = (value: number | null) =>
  value === null ? '—' : value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
const format = (value: number | null) => round(value).toLocaleString('en');

function tableReport(figures: TableFigures[]): string[] {
  const lines = [
    `| rows | table | ${METRICS.map(([name]) => name).join(' | ')} |`,
    `| ---: | --- | ${METRICS.map(() => '---:').join(' | ')} |`,
  ];
  for (const { size, kind, values } of figures) {
    lines.push(
      `| ${size.toLocaleString('en')} | ${KINDS[kind]} | ${values.map(format).join(' | ')} |`,
    );
  }
  lines.push(
    '',
    'PointsLedgerTable ÷ the TanStack Table + Virtual reference (below 1 is better):',
    '',
  );
  lines.push(
    `| rows | ${METRICS.map(([name]) => name).join(' | ')} |`,
    `| ---: | ${METRICS.map(() => '---:').join(' | ')} |`,
  );
  for (const size of SIZES) {
    const ours = figures.find((entry) => entry.size === size && entry.kind === 'virtual');
    const reference = figures.find((entry) => entry.size === size && entry.kind === 'reference');
    if (!ours || !reference) continue;
    const ratios = ours.values.map((value, index) => {
      const theirs = reference.values[index] ?? null;
      return value === null || theirs === null ? '—' : (value / theirs).toFixed(2);
    });
    lines.push(`| ${size.toLocaleString('en')} | ${ratios.join(' | ')} |`);
  }
  return lines;
}

process.stdout.write('running ledger and webhooks…\n');
const parsing: BenchRow[] = [...(await ledger()), ...(await webhooks())];
process.stdout.write('running table…\n');
const tables = await table();

const report = [
  '# Benchmarks',
  '',
  `Run on ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Debian's Chromium through Playwright, ${pkg.name} ${pkg.version}, React ${pkg.devDependencies.react}.`,
  'Figures vary with the machine and its load; compare rows of the same run.',
  '',
  '## Parsing',
  '',
  '| case | value | unit |',
  '| --- | ---: | --- |',
  ...parsing.map((row) => `| ${row.name} | ${format(row.value)} | ${row.unit} |`),
  '',
  '## Table',
  '',
  `Generated ledgers, production build; the plain table stops at ${PLAIN_LIMIT.toLocaleString('en')} rows. Scrolling moves 60 px a frame for 200 frames (16.7 ms is every frame on time).`,
  '',
  ...tableReport(tables),
  '',
].join('\n');
writeFileSync('bench/results.md', report);
process.stdout.write(report);
