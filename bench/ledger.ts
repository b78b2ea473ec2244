// Ledger throughput: normalizing 10,000 explode-info events (valibot schema + derived values)
// next to JSON.parse of the same page, in the same run.
import { normalizeLedgerPage } from '../src/core/ledger/normalizeLedgerPage.js';
import { generateLedgerEvents } from '../test/fixtures/generateLedger.js';
import type { BenchRow } from './BenchRow.js';

const EVENTS = 10_000;

export async function run(): Promise<BenchRow[]> {
  const body = JSON.stringify({ events: generateLedgerEvents(EVENTS, 5), warnings: [] });
  const options = { timeZone: 'Asia/Kolkata', offset: 0, limit: EVENTS };
  normalizeLedgerPage(JSON.parse(body), options); // warm-up

  let started = performance.now();
  const parsed = JSON.parse(body) as { events: unknown[] };
  const jsonOnly = performance.now() - started;

  started = performance.now();
  const page = normalizeLedgerPage(JSON.parse(body), options);
  const normalizing = performance.now() - started;
  if (page.events.length !== EVENTS || parsed.events.length !== EVENTS)
    throw new Error('events were lost');

  const perSecond = (ms: number) => Math.round((EVENTS / ms) * 1_000);
  return [
    {
      name: `ledger: JSON.parse of ${EVENTS.toLocaleString('en')} events`,
      value: perSecond(jsonOnly),
      unit: 'events/s',
    },
    {
      name: `ledger: JSON.parse + normalizeLedgerPage`,
      value: perSecond(normalizing),
      unit: 'events/s',
    },
  ];
}
