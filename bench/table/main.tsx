// The table benchmark's page: mounts one table over N generated ledger rows and exposes
// `window.bench` for the runner (bench/run.ts) to measure with Playwright.
import { type JSX, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/styles/index.css';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import type { LedgerEvent } from '../../src/core/ledger/LedgerEvent.js';
import { ReferenceTable } from './ReferenceTable.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import { generateLedgerEvents } from '../../test/fixtures/generateLedger.js';

const DAY = 86_400_000;

/** The tables compared: ours, the TanStack Table + Virtual reference, and a plain table. */
type Kind = 'virtual' | 'reference' | 'plain';

/** The baseline: every row in the DOM, no virtualization, sorted the plain way. */
function PlainTable({ events: given }: { events: readonly LedgerEvent[] }) {
  const [events, setEvents] = useState(given);
  return (
    <table data-sorted={events === given ? undefined : 'points'}>
      <thead>
        <tr>
          <th>Date</th>
          <th>Activity</th>
          <th>Reference</th>
          <th>
            <button
              type="button"
              onClick={() => setEvents([...events].sort((a, b) => b.netPoints - a.netPoints))}
            >
              Points
            </button>
          </th>
          <th>Expires</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={`${event.eventLogId}`}>
            <td>{event.eventTime.toLocaleDateString()}</td>
            <td>{event.eventName}</td>
            <td>{event.reference}</td>
            <td>{event.netPoints}</td>
            <td>{event.earliestExpiry?.toLocaleDateString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function frame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

async function untilPainted(check: () => boolean): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > 60_000) throw new Error('the table never showed the change');
    await frame();
  }
  await frame();
}

const bench = {
  /** Generates and normalizes `count` events (not measured). */
  prepare(count: number): number {
    const end = new Date(Date.UTC(2026, 10, 1));
    const raw = generateLedgerEvents(count, 3, { end, start: new Date(end.getTime() - 170 * DAY) });
    bench.events = raw.map((event) => normalizeLedgerEvent(event, { timeZone: 'UTC' }));
    return bench.events.length;
  },
  events: [] as LedgerEvent[],
  kind: 'virtual' as Kind,
  /** Mounts the table and resolves when the first rows are painted: time to first rows (ms). */
  async mount(kind: Kind): Promise<number> {
    bench.kind = kind;
    const container = document.getElementById('root') as HTMLElement;
    const started = performance.now();
    const tables: Record<Kind, JSX.Element> = {
      virtual: <PointsLedgerTable events={bench.events} expandable={false} />,
      reference: <ReferenceTable events={bench.events} />,
      plain: <PlainTable events={bench.events} />,
    };
    createRoot(container).render(tables[kind]);
    await untilPainted(() =>
      Boolean(container.querySelector(kind === 'virtual' ? '[role="cell"]' : 'td')),
    );
    return performance.now() - started;
  },
  elements(): number {
    return document.querySelectorAll('#root *').length;
  },
  /** Sorts by points and resolves when the new first row is painted (ms). */
  async sort(): Promise<number> {
    const container = document.getElementById('root') as HTMLElement;
    const sorted = () =>
      Boolean(
        container.querySelector(
          bench.kind === 'virtual'
            ? '[data-column="points"][aria-sort="descending"]'
            : 'table[data-sorted]',
        ),
      );
    const button = [...container.querySelectorAll('button')].find(
      (candidate) => candidate.textContent === 'Points',
    );
    if (!button) throw new Error('no sort button');
    const started = performance.now();
    button.click();
    await untilPainted(sorted);
    return performance.now() - started;
  },
  /**
   * Types a bill number that matches no row, a key at a time, and returns the slowest key from
   * keypress to paint (ms); `null` for the tables without a bill filter.
   */
  async type(): Promise<number | null> {
    const input = document.querySelector<HTMLInputElement>('input[id$="-bill"]');
    if (bench.kind !== 'virtual') return null;
    if (!input) throw new Error('no bill number filter');
    // React listens for input events and reads the value through the prototype's setter.
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    let slowest = 0;
    for (const key of 'BILL-NONE') {
      const started = performance.now();
      setValue?.call(input, input.value + key);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      await frame();
      slowest = Math.max(slowest, performance.now() - started);
    }
    return slowest;
  },
  /**
   * Scrolls 60 px a frame for 200 frames, a fast wheel or fling, and returns the 95th percentile
   * frame time (ms). 16.7 ms is every frame on time at 60 Hz.
   */
  async scroll(): Promise<number> {
    const scroller =
      bench.kind === 'plain'
        ? (document.scrollingElement ?? document.documentElement)
        : (document.querySelector('[data-slot="table"]') as HTMLElement);
    const frames: number[] = [];
    let previous = await frame();
    for (let step = 1; step <= 200; step++) {
      scroller.scrollTop = step * 60;
      const now = await frame();
      frames.push(now - previous);
      previous = now;
    }
    frames.sort((a, b) => a - b);
    return frames[Math.floor(frames.length * 0.95)] ?? 0;
  },
};

Object.assign(window, { bench });
