// Webhook throughput: how many events per second JSON.parse alone, JSON.parse + parseLoyaltyWebhook,
// and parsing + folding (reduceStreaks + reduceTargets) get through, on 100,000 payloads made from
// the documents' samples (test/fixtures/webhooks) with varied ids, times and customers.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoyaltyWebhookEvent } from '../src/core/webhooks/LoyaltyWebhookEvent.js';
import { parseLoyaltyWebhook } from '../src/core/webhooks/parseLoyaltyWebhook.js';
import { reduceStreaks } from '../src/core/webhooks/reduceStreaks.js';
import { reduceTargets } from '../src/core/webhooks/reduceTargets.js';
import type { BenchRow } from './BenchRow.js';

const PAYLOADS = 100_000;
const CUSTOMERS = 1_000;
const FIRST_EVENT = Date.UTC(2024, 6, 1);

type Json = Record<string, unknown>;

function fixturesDirectory(): string {
  // From the package root when the module has no file: URL. No `new URL(relative, base)`: under
  // jsdom that resolves against the page, not the module.
  return import.meta.url.startsWith('file:')
    ? join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/webhooks')
    : join(process.cwd(), 'test/fixtures/webhooks');
}

function loadSamples(): Json[] {
  const directory = fixturesDirectory();
  const files = (folder: string) =>
    readdirSync(join(directory, folder))
      .filter((file) => file.endsWith('.json'))
      .map((file) => join(directory, folder, file));
  return [...files(''), ...files('quirks')].map((file) => JSON.parse(readFileSync(file, 'utf8')));
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Gives the sample a new id, time and customer, wherever its envelope keeps them. */
function restamp(sample: Json, index: number): string {
  const copy = structuredClone(sample);
  const body = isObject(copy.event) && isObject(copy.event.body) ? copy.event.body : copy;
  const attributes = isObject(body.attributes) ? body.attributes : undefined;
  const data = (attributes ?? body).data;
  const holder = attributes ?? (body.eventName === undefined && isObject(data) ? data : body);
  (attributes ? body : holder).eventId = `bench-${index}`;
  holder.createdAt = FIRST_EVENT + index * 1_000;
  if (isObject(data) && isObject(data.customerIdentifiers)) {
    data.customerIdentifiers.customerId = 1 + (index % CUSTOMERS);
  }
  return JSON.stringify(copy);
}

function eventsPerSecond(count: number, milliseconds: number): number {
  return Math.round((count / milliseconds) * 1_000);
}

function parseAll(payloads: string[]): LoyaltyWebhookEvent[] {
  const events: LoyaltyWebhookEvent[] = [];
  for (const payload of payloads) {
    const result = parseLoyaltyWebhook(JSON.parse(payload));
    if (!result.ok) throw new Error(`bench payload did not parse: ${result.error.message}`);
    events.push(result.event);
  }
  return events;
}

/** Measures webhook parsing and folding throughput. */
export async function run(): Promise<BenchRow[]> {
  const samples = loadSamples();
  const payloads = Array.from({ length: PAYLOADS }, (_, index) =>
    restamp(samples[index % samples.length] as Json, index),
  );
  // Warm up the JIT on a slice so the three measurements compare steady states.
  reduceTargets(parseAll(payloads.slice(0, 5_000)));

  let sink = 0;
  let started = performance.now();
  for (const payload of payloads) sink += Object.keys(JSON.parse(payload)).length;
  const jsonOnly = performance.now() - started;

  started = performance.now();
  sink += parseAll(payloads).length;
  const parsing = performance.now() - started;

  started = performance.now();
  const events = parseAll(payloads);
  sink += reduceStreaks(events).length + reduceTargets(events).length;
  const folding = performance.now() - started;

  if (sink === 0) throw new Error('nothing was measured');
  return [
    { name: 'webhooks: JSON.parse', value: eventsPerSecond(PAYLOADS, jsonOnly), unit: 'events/s' },
    {
      name: 'webhooks: JSON.parse + parseLoyaltyWebhook',
      value: eventsPerSecond(PAYLOADS, parsing),
      unit: 'events/s',
    },
    {
      name: 'webhooks: parse + reduceStreaks + reduceTargets',
      value: eventsPerSecond(PAYLOADS, folding),
      unit: 'events/s',
    },
  ];
}
