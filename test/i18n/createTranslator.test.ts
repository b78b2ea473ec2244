import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/core/eventTypes.js';
import { ar } from '../../src/i18n/ar.js';
import { createTranslator } from '../../src/i18n/createTranslator.js';
import { en } from '../../src/i18n/en.js';
import { eventMessageId } from '../../src/i18n/eventMessageId.js';
import type { MessageId, MessageValue } from '../../src/i18n/messages.js';

const ARABIC_LETTER = /[\u0600-\u06FF]/;

describe('createTranslator', () => {
  it('keeps the plus before a reward in Arabic, isolated from the right-to-left words', () => {
    const t = createTranslator({ locale: 'ar', messages: ar });
    // Without the isolate, a right-to-left line shows the plus after the number: "150+".
    expect(t('target.reward', { points: 150 })).toMatch(/^\u2066\+150\u2069 /);
  });

  it('writes a count of -0 as 0 in any message', () => {
    const t = createTranslator({ locale: 'en' });
    expect(t('table.loaded', { count: -0 })).toBe('0 entries loaded');
  });

  it('labels the documented event types in plain English', () => {
    const t = createTranslator({ locale: 'en' });
    expect(t(eventMessageId('TransactionAdd'))).toBe('Purchase');
    expect(t(eventMessageId('PointsRedemption'))).toBe('Points redeemed');
    expect(t(eventMessageId('TargetCompleted'))).toBe('Target completed');
    expect(t(eventMessageId('AllocateGoodwillPoints'))).toBe('Goodwill points');
    expect(t(eventMessageId('GenericEvent'))).toBe('Activity');
  });

  it('has an English label for every one of the 89 event types', () => {
    const t = createTranslator({ locale: 'en' });
    expect(EVENT_TYPES.names).toHaveLength(89);
    const labels = EVENT_TYPES.names.map((name) => t(eventMessageId(name)));
    for (const label of labels) expect(label).not.toMatch(/^event\.|Loyalty activity|^$/);
  });

  it('shows Arabic labels for every event type', () => {
    const t = createTranslator({ locale: 'ar', messages: ar });
    for (const name of EVENT_TYPES.names) {
      const label = t(eventMessageId(name));
      expect(label, name).toMatch(ARABIC_LETTER);
      expect(label, name).not.toBe(t('event.unknown'));
    }
  });

  it('calls an event type Capillary never documented "Loyalty activity"', () => {
    const t = createTranslator({ locale: 'en' });
    expect(t(eventMessageId('SomethingNew'))).toBe('Loyalty activity');
    expect(t(eventMessageId(null))).toBe('Loyalty activity');
  });

  it('never shows a raw message id, even for an id no catalogue knows', () => {
    const t = createTranslator({ locale: 'ar', messages: ar });
    expect(t('table.nothingLikeThis' as MessageId)).toBe('');
  });

  it('falls back to English for a message a brand did not translate', () => {
    const t = createTranslator({ locale: 'fr', messages: { 'table.loadMore': 'Charger plus' } });
    expect(t('table.loadMore')).toBe('Charger plus');
    expect(t('common.retry')).toBe('Retry');
  });

  it('keeps the shipped Arabic text for ids a brand left out of its Arabic wording', () => {
    const t = createTranslator({
      locale: 'ar-AE',
      messages: { ...ar, 'table.loadMore': 'المزيد' },
    });
    expect(t('table.loadMore')).toBe('المزيد');
    expect(t('common.retry')).toBe(ar['common.retry']);
  });

  it('lets a brand reword an English message', () => {
    const t = createTranslator({ messages: { 'event.TransactionAdd': 'In-store purchase' } });
    expect(t('event.TransactionAdd')).toBe('In-store purchase');
  });

  it('fills placeholders and writes numbers the way the locale does', () => {
    const t = createTranslator({ locale: 'en-IN' });
    expect(t('target.toGo', { amount: 1250000 })).toBe('12,50,000 to go');
    expect(t('streak.levelReached', { level: 'Gold' })).toBe('Level Gold reached');
  });

  it('never shows members a placeholder whose value is missing', () => {
    const t = createTranslator();
    expect(t('breakup.allocations.expires')).toBe('Expires');
    expect(t('breakup.allocations.expires', {})).toBe('Expires');
  });

  it('picks singular and plural English wording', () => {
    const t = createTranslator({ locale: 'en' });
    expect(t('table.credit', { points: 1 })).toBe('Earned 1 point');
    expect(t('table.credit', { points: 250 })).toBe('Earned 250 points');
    expect(t('table.debit', { points: 1.5 })).toBe('Redeemed 1.5 points');
    expect(t('streak.progress', { current: 1, total: 1 })).toBe('1 of 1 day');
    expect(t('streak.progress', { current: 1, total: 7 })).toBe('1 of 7 days');
    expect(t('breakup.bill.lineItemCount', { count: 2 })).toBe('2 items');
  });

  it('uses all six Arabic plural forms', () => {
    const t = createTranslator({ locale: 'ar', messages: ar });
    const forms = [0, 1, 2, 3, 11, 100].map((count) => t('streak.days', { count }));
    expect(forms).toEqual([
      ar['streak.days'].zero,
      ar['streak.days'].one,
      ar['streak.days'].two,
      expect.stringContaining(ar['streak.days'].few.replace('{count} ', '')),
      expect.stringContaining(ar['streak.days'].many.replace('{count} ', '')),
      expect.stringContaining(ar['streak.days'].other.replace('{count} ', '')),
    ]);
    expect(new Set(forms).size).toBe(6);
  });

  it('says "0 days", not "0 day", in the English that fills the gaps of a language without its words', () => {
    // Hindi and French call 0 singular; the English around the number does not.
    for (const [locale, half] of [
      ['hi-IN', '0.5'],
      ['fr-FR', '0,5'],
    ] as const) {
      const t = createTranslator({ locale, messages: { 'common.retry': 'Retry!' } });
      expect(t('table.loaded', { count: 0 })).toBe('0 entries loaded');
      expect(t('streak.days', { count: 0 })).toBe('0 days');
      expect(t('table.credit', { points: 0.5 })).toBe(`Earned ${half} points`);
    }
  });

  it("keeps a brand's own plural wording to its language's rules", () => {
    const t = createTranslator({
      locale: 'fr',
      messages: { 'streak.days': { one: '{count} jour', other: '{count} jours' } },
    });
    expect(t('streak.days', { count: 0 })).toBe('0 jour');
    expect(t('streak.days', { count: 2 })).toBe('2 jours');
  });

  it('uses the "other" wording when the number arrives already formatted', () => {
    const t = createTranslator({ locale: 'en' });
    expect(t('table.credit', { points: '+1' })).toBe('Earned +1 points');
  });
});

describe('catalogues', () => {
  const placeholders = (text: string) => new Set(text.match(/\{\w+\}/g) ?? []);
  const variants = (value: MessageValue) =>
    typeof value === 'string'
      ? [value]
      : Object.entries(value)
          .filter(([key]) => key !== 'select')
          .map(([, text]) => text);

  it('uses in Arabic only placeholders English fills', () => {
    for (const id of Object.keys(en) as MessageId[]) {
      const allowed = new Set(variants(en[id]).flatMap((text) => [...placeholders(text)]));
      for (const text of variants(ar[id])) {
        for (const placeholder of placeholders(text)) expect(allowed, id).toContain(placeholder);
      }
    }
  });

  it('picks plural wording from the same value in both languages', () => {
    for (const id of Object.keys(en) as MessageId[]) {
      const english = en[id];
      const arabic = ar[id];
      if (typeof english === 'string' || typeof arabic === 'string') continue;
      expect('select' in arabic ? arabic.select : undefined, id).toBe(
        'select' in english ? english.select : undefined,
      );
    }
  });

  it('translates every message into Arabic', () => {
    const untranslated = (Object.keys(en) as MessageId[]).filter(
      (id) => !variants(ar[id]).some((text) => ARABIC_LETTER.test(text)),
    );
    expect(untranslated).toEqual([]);
  });
});
