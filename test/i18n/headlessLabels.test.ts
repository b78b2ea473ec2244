import { expect, it } from 'vitest';
import * as widgets from '../../src/index.js';
import { ar } from '../../src/i18n/ar.js';
import transactionAdd from '../fixtures/ledger/transaction-add.json' with { type: 'json' };

it('lets a view of its own name an event in the member’s language, as the widgets do', () => {
  const page = widgets.normalizeLedgerPage(transactionAdd, { timeZone: 'UTC' });
  const [purchase] = page.events;
  if (!purchase) throw new Error('the fixture has no purchase');
  const t = widgets.createTranslator({ locale: 'ar', messages: ar });
  expect(widgets.eventLabel(purchase, t)).toBe('عملية شراء');
  expect(widgets.eventLabel(purchase, widgets.createTranslator())).toBe('Purchase');
});
