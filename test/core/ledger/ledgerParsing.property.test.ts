import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLedgerEvent } from '../../../src/core/ledger/normalizeLedgerEvent.js';
import { normalizeLedgerPage } from '../../../src/core/ledger/normalizeLedgerPage.js';
import { LoyaltyParseError } from '../../../src/core/parse/LoyaltyParseError.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const folder = join(import.meta.dirname, '../../fixtures/ledger');
const fixtureEvents: Json[] = ['', 'quirks/'].flatMap((sub) =>
  readdirSync(join(folder, sub))
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => JSON.parse(readFileSync(join(folder, sub, file), 'utf8')).events),
);

/** Every path to a value inside `value`, the value itself included. */
function pathsOf(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const paths = [path];
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      paths.push(...pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return paths;
}

function replaceAt(value: Json, path: (string | number)[], replacement: Json): Json {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  const copy = structuredClone(value) as Record<string | number, Json>;
  copy[key] = replaceAt(copy[key] ?? null, rest, replacement);
  return copy;
}

/** A fixture event with one field, anywhere inside it, swapped for a random JSON value. */
const mutatedEvent = fc
  .tuple(fc.constantFrom(...fixtureEvents), fc.nat(), fc.jsonValue())
  .map(([event, pick, replacement]) => {
    const paths = pathsOf(event);
    return replaceAt(event, paths[pick % paths.length] ?? [], replacement as Json);
  });

const anyEvent = fc.oneof(fc.jsonValue(), mutatedEvent, fc.constantFrom(...fixtureEvents));

/** Runs `read`, which may only succeed or throw a LoyaltyParseError. */
function onlyParseErrors<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof LoyaltyParseError) return null;
    throw error;
  }
}

describe('ledger parsing on arbitrary JSON', () => {
  it('turns any JSON value into an event or a LoyaltyParseError, never a crash', () => {
    fc.assert(
      fc.property(anyEvent, (raw) => {
        const event = onlyParseErrors(() =>
          normalizeLedgerEvent(raw, { timeZone: 'Asia/Kolkata' }),
        );
        if (event) {
          expect(Number.isNaN(event.eventTime.getTime())).toBe(false);
          expect(['credit', 'debit', 'none']).toContain(event.direction);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('turns any page body into a page or a LoyaltyParseError, keeping every event that fits', () => {
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({ events: fc.array(anyEvent, { maxLength: 6 }), warnings: fc.jsonValue() }),
      fc.record({ events: fc.array(anyEvent, { maxLength: 6 }) }),
    );
    fc.assert(
      fc.property(body, (raw) => {
        const page = onlyParseErrors(() =>
          normalizeLedgerPage(raw, { timeZone: 'UTC', offset: 0, limit: 6 }),
        );
        if (page && raw && typeof raw === 'object' && 'events' in raw) {
          const events = raw.events as unknown[];
          const readable = events.filter((event) =>
            onlyParseErrors(() => normalizeLedgerEvent(event, { timeZone: 'UTC' })),
          );
          expect(page.events).toHaveLength(readable.length);
          const skipped = page.warnings.filter((warning) =>
            warning.message.startsWith('Skipped an entry: '),
          );
          expect(skipped).toHaveLength(events.length - readable.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
