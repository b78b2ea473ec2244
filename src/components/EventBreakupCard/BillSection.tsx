'use client';
import type { ReactNode } from 'react';
import type { LedgerBill, LedgerLineItem } from '../../core/ledger/LedgerEvent.js';
import { en } from '../../i18n/en.js';
import { formatAmount, formatDate, formatList, formatPoints } from '../../i18n/format.js';
import type { MessageId } from '../../i18n/messages.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { CardSection } from './CardSection.js';
import { Details } from './Details.js';
import { documentedLabel } from './documentedLabel.js';

/** The bill behind an event: its totals, payment and return, then its line items. */
export function BillSection({ bill }: { bill: LedgerBill }) {
  const { t, locale, dateLocale, timeZone } = useLoyaltyDisplay(en);
  const money = (value: number | null) => (value === null ? null : formatAmount(value, locale));
  const date = (value: Date | null) =>
    value ? formatDate(value, { locale: dateLocale, timeZone }) : null;
  // Each column past the item's name, described once for its header and for the `data-label` that
  // heads each value when a narrow card stacks the columns. Rate shows only when a line has one.
  // When a line has a discount, Amount is the line before it (`amount`), and the discount and the
  // value after it (`value`) get their own columns; otherwise Amount is whichever was sent.
  const hasRate = bill.lineItems.some((item) => item.rate !== null);
  const hasDiscount = bill.lineItems.some((item) => Boolean(item.discount));
  const optional: Partial<Record<MessageId, boolean>> = {
    'breakup.bill.rate': hasRate,
    'breakup.bill.discount': hasDiscount,
    'breakup.bill.netAmount': hasDiscount,
  };
  const columns = (
    [
      [
        'breakup.bill.quantity',
        (item) => (item.quantity === null ? null : formatPoints(item.quantity, locale)),
      ],
      ['breakup.bill.rate', (item) => money(item.rate)],
      [
        'breakup.bill.amount',
        (item) => money(hasDiscount ? item.amount : (item.amount ?? item.value)),
      ],
      ['breakup.bill.discount', (item) => money(item.discount)],
      ['breakup.bill.netAmount', (item) => money(item.value)],
      [
        'table.column.points',
        (item) => (item.points === null ? null : formatPoints(item.points, locale)),
      ],
    ] satisfies [MessageId, (item: LedgerLineItem) => ReactNode][]
  ).filter(([id]) => optional[id] ?? true);
  return (
    <CardSection title={t('breakup.bill.title')}>
      <Details
        t={t}
        items={[
          ['breakup.bill.number', bill.billNumber],
          // The document lists no values for the transaction's type: shown as sent.
          ['breakup.bill.type', bill.type],
          ['breakup.bill.date', date(bill.billDate)],
          [
            'breakup.bill.source',
            documentedLabel(t, 'breakup.source', bill.source?.toUpperCase()) || bill.source,
          ],
          ['breakup.bill.amount', money(bill.billAmount)],
          ['breakup.bill.grossAmount', money(bill.grossAmount)],
          ['breakup.bill.discount', money(bill.discount)],
          ['breakup.bill.note', bill.note],
          [
            'breakup.bill.paymentModes',
            formatList(
              bill.paymentModes.map((mode) =>
                [
                  documentedLabel(t, 'breakup.paymentMode', mode.mode?.toUpperCase()) || mode.mode,
                  money(mode.value),
                ]
                  .filter(Boolean)
                  .join(' '),
              ),
              dateLocale,
            ),
          ],
          [
            'breakup.bill.returnType',
            documentedLabel(t, 'breakup.returnType', bill.returnType?.toUpperCase()) ||
              bill.returnType,
          ],
          ['breakup.bill.returnDate', date(bill.returnDate)],
          ['breakup.bill.returnAmount', money(bill.returnAmount)],
          ['breakup.bill.returnBillId', bill.returnBillId],
        ]}
      />
      {bill.lineItems.length > 0 ? (
        // A table when the card is wide; a narrow card stacks each line item's values instead.
        // Named, so focus landing on it says what it holds; a group, not a landmark region, which
        // would be listed once per open card, all named alike.
        <div
          className="clw-line-items-scroll"
          role="group"
          aria-label={t('breakup.bill.lineItems')}
          // A scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
          tabIndex={0}
        >
          <table className="clw-line-items">
            <caption>{t('breakup.bill.lineItemCount', { count: bill.lineItems.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('breakup.bill.item')}</th>
                {columns.map(([id]) => (
                  <th key={id} scope="col">
                    {t(id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {bill.lineItems.map((item, index) => (
                // Keyed by position: line items may repeat a code.
                <tr key={index}>
                  <td>{item.description ?? item.itemCode}</td>
                  {columns.map(([id, value]) => (
                    <td key={id} data-label={t(id)}>
                      {value(item)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </CardSection>
  );
}
