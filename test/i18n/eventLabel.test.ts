import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../src/core/ledger/LedgerEvent.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import { createTranslator } from '../../src/i18n/createTranslator.js';
import { eventLabel } from '../../src/i18n/eventLabel.js';
import genericEvent from '../fixtures/ledger/generic-event.json' with { type: 'json' };
import transactionAdd from '../fixtures/ledger/transaction-add.json' with { type: 'json' };

const t = createTranslator({ locale: 'en' });
const normalized = (fixture: { events: unknown[] }) =>
  normalizeLedgerEvent(fixture.events[0], { timeZone: 'UTC' });

describe('eventLabel', () => {
  it("names an event by its type's label", () => {
    expect(eventLabel(normalized(transactionAdd), t)).toBe('Purchase');
  });

  it('names a behavioural event by the brand’s name for it, not its identifier', () => {
    const event = normalized(genericEvent);
    expect(event.details.displayName).toBe('CUP SERIES CHECK-IN');
    expect(eventLabel(event, t)).toBe('CUP SERIES CHECK-IN');
  });

  it("falls back to the behaviour's label, then to the label of behavioural events", () => {
    const event = normalized(genericEvent);
    const unnamed: LedgerEvent = {
      ...event,
      details: { ...event.details, displayName: null },
      behavioralEventMetadata: { fields: [], ...event.behavioralEventMetadata, label: 'Check-in' },
    };
    expect(eventLabel(unnamed, t)).toBe('Check-in');
    expect(eventLabel({ ...unnamed, behavioralEventMetadata: null }, t)).toBe('Activity');
  });

  it('ignores a display name on other events, and names an undocumented event generically', () => {
    const event = normalized(transactionAdd);
    const named = { ...event, details: { ...event.details, displayName: 'Raw name' } };
    expect(eventLabel(named, t)).toBe('Purchase');
    expect(eventLabel({ ...event, eventName: 'SomethingNew' }, t)).toBe('Loyalty activity');
  });
});
