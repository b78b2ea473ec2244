import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Tests run from the package root (jsdom gives import.meta.url no file: scheme).
const directory = join(process.cwd(), 'test/fixtures/webhooks');

/** A webhook sample of webhook-events.txt, from test/fixtures/webhooks (e.g. `quirks/…`). */
export function webhookFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(directory, `${name}.json`), 'utf8'));
}

/** Names of every webhook fixture, quirks included. */
export function webhookFixtureNames(): string[] {
  const names = (folder: string) =>
    readdirSync(join(directory, folder))
      .filter((file) => file.endsWith('.json'))
      .map((file) => `${folder}${file.slice(0, -'.json'.length)}`);
  return [...names(''), ...names('quirks/')];
}
