'use client';
import { type ReactNode, type RefObject, useId, useMemo, useRef, useState } from 'react';
import { LoyaltyApiError } from '../../core/client/LoyaltyApiError.js';
import { type CustomerIdentifier, LEDGER_PARTS } from '../../core/client/queries.js';
import type { LedgerEvent, LedgerField, LedgerPointsEntry } from '../../core/ledger/LedgerEvent.js';
import type { Translator } from '../../i18n/createTranslator.js';
import {
  formatAmount,
  formatDate,
  formatDateTime,
  formatList,
  formatPoints,
  formatSignedPoints,
} from '../../i18n/format.js';
import type { MessageId } from '../../i18n/messages.js';
import { useLedgerEvents } from '../../react/useLedgerEvents.js';
import { activityLabel } from '../PointsLedgerTable/ledgerColumns.js';
import { ledgerRow } from '../PointsLedgerTable/ledgerRows.js';
import { checkLedgerEvent } from '../shared/checkLedgerEvents.js';
import { ErrorNotice } from '../shared/ErrorNotice.js';
import {
  DisplayOverridesContext,
  type LoyaltyDisplay,
  useLoyaltyDisplay,
} from '../shared/useLoyaltyDisplay.js';
import { useStylesheetCheck } from '../shared/useStylesheetCheck.js';
import { AllocationsList } from './AllocationsList.js';
import { en } from '../../i18n/en.js';

/** Props of `EventBreakupCard`: give the `event`, or its `eventLogId` and `customer` to load it. */
export type EventBreakupCardProps = {
  /**
   * The member's Capillary customer id: adds the event's allocations (what was awarded,
   * redeemed, expired or returned, and when it expires), loaded when the member asks.
   */
  customerId?: string | number;
  /**
   * IANA time zone dates are shown in, over the provider's. Pass it when server-rendering without
   * a provider, so the server and the browser write the same dates.
   * @defaultValue the provider's time zone, else the runtime's
   */
  timeZone?: string;
  /**
   * BCP 47 locale numbers and dates are written in, over the provider's (the wording stays the
   * provider's messages, English without one).
   * @defaultValue the provider's locale, else `'en'`
   */
  locale?: string;
  /** Extra class on the root element. */
  className?: string;
} & (
  | {
      /**
       * The event to explain, as `normalizeLedgerEvent` (or `useLedgerEvents`) gives it, not
       * Capillary's raw JSON.
       */
      event: LedgerEvent;
      eventLogId?: never;
      customer?: never;
    }
  | {
      /** Id of the event to load and explain: a number, or its digits as a route gives them (`"42"`). */
      eventLogId: string | number;
      /** The member the event belongs to. */
      customer: CustomerIdentifier;
      event?: never;
    }
);

function Section({
  title,
  children,
  focusRef,
}: {
  title: string;
  children: ReactNode;
  /** Makes the section focusable from script, to hold focus while its content is replaced. */
  focusRef?: RefObject<HTMLElement | null>;
}) {
  const id = useId();
  return (
    <section
      ref={focusRef}
      className="clw-card-section"
      aria-labelledby={id}
      tabIndex={focusRef ? -1 : undefined}
    >
      <h4 id={id} className="clw-card-section-title">
        {title}
      </h4>
      {children}
    </section>
  );
}

/** A term and its value; nothing when the value is absent. */
function Item({ term, value }: { term: string; value: ReactNode }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** The text of a documented API value (`breakup.source.INSTORE`); `''` for one no message names. */
function known(t: Translator, group: string, value: string | null | undefined): string {
  return value ? t(`${group}.${value}` as MessageId) : '';
}

/** A brand's field value as a member reads it: Yes/No, a card number masked to its last 4 digits. */
function fieldValue(t: Translator, { name, value }: LedgerField): ReactNode {
  if (value === null) return null;
  const text = String(value);
  if (text === 'true' || text === 'false')
    return t(`breakup.field.${text === 'true' ? 'yes' : 'no'}`);
  const digits = text.replace(/[\s-]/g, '');
  return /card/i.test(name ?? '') && /^\d{5,}$/.test(digits) ? (
    <span dir="ltr">•••• {digits.slice(-4)}</span>
  ) : (
    text
  );
}

/** Credit or debit, for the colour of signed points; a zero is neither. */
const pointsState = (value: number) => (value < 0 ? 'debit' : value > 0 ? 'credit' : 'none');

const KINDS = [
  ['regular', 'regular'],
  ['promotional', 'promo'],
  ['promised', 'promised'],
] as const;

function PointsEntries({
  entries,
  kind,
  display,
  fallbackConversion,
  takenBack,
}: {
  entries: readonly LedgerPointsEntry[];
  kind: (typeof KINDS)[number][0];
  display: LoyaltyDisplay;
  fallbackConversion: Date | null;
  /** Points taken back carry no expiry or conversion date. */
  takenBack: boolean;
}) {
  const { t, locale, timeZone } = display;
  if (entries.length === 0) return null;
  return (
    <>
      <dt>{t(`breakup.earned.${kind}`)}</dt>
      {entries.map((entry, index) => {
        const conversion = entry.conversionDate ?? fallbackConversion;
        const source = [entry.promotionName, entry.programName].filter(Boolean).join(' · ');
        const expiryType = known(t, 'breakup.expiryType', entry.expiryType?.toLowerCase());
        return (
          // Entries have no id of their own; the API's order is stable.
          <dd key={index} className="clw-points-entry">
            <span className="clw-points" data-state={pointsState(entry.value ?? 0)}>
              {formatSignedPoints(entry.value ?? 0, locale)}
            </span>
            {source ? <span>{source}</span> : null}
            {!takenBack && kind === 'promised' && conversion ? (
              <span>
                {t('breakup.earned.promisedConverts', {
                  date: formatDate(conversion, { locale, timeZone }),
                })}
              </span>
            ) : null}
            {!takenBack && kind !== 'promised' && entry.expiresOn ? (
              <span>
                {t('breakup.allocations.expires', {
                  date: formatDate(entry.expiresOn, { locale, timeZone }),
                })}
                {expiryType ? ` (${expiryType})` : ''}
              </span>
            ) : null}
          </dd>
        );
      })}
    </>
  );
}

function Breakup({ event, customerId }: { event: LedgerEvent; customerId?: string | number }) {
  const display = useLoyaltyDisplay(en);
  const { t, locale, timeZone } = display;
  const { details, redemptions, bill, targets, pointsEarned } = event;
  // Named as the points table names its row: `eventDisplayName` is an identifier, not words.
  const label = activityLabel({ row: ledgerRow(event), t });
  const money = (value: number | null) => (value === null ? null : formatAmount(value, locale));
  const date = (value: Date | null) => (value ? formatDate(value, { locale, timeZone }) : null);
  // Headings stay unique (each section is a landmark named by its heading) when an event has several.
  const numbered = (title: string, index: number, count: number) =>
    count > 1 ? t('breakup.section.numbered', { title, index: index + 1, count }) : title;
  const hasRate = bill?.lineItems.some((item) => item.rate !== null);
  const conversion = bill?.maxConversionDate ?? null;
  // Points earned, then points taken back (a return's negative entries), each only when it has any.
  const pointsGroups = [false, true]
    .map((takenBack) => ({
      takenBack,
      kinds: KINDS.map(
        ([kind, key]) =>
          [
            kind,
            pointsEarned[key].filter((entry) => (entry.value ?? 0) < 0 === takenBack),
          ] as const,
      ),
    }))
    .filter((group) => group.kinds.some(([, entries]) => entries.length > 0));
  const fields = (list: LedgerEvent['customFields']) =>
    list.map((field, index) => (
      // Keyed by position: fields may repeat a name.
      <Item key={index} term={field.name ?? ''} value={fieldValue(t, field)} />
    ));

  return (
    <>
      <header className="clw-card-header">
        <h3 className="clw-card-title">{label}</h3>
        <p className="clw-card-meta">
          <time dateTime={event.eventTime.toISOString()}>
            {formatDateTime(event.eventTime, { locale, timeZone })}
          </time>
          {details.tillId ? <span>{t('breakup.till', { id: details.tillId })}</span> : null}
          {event.reference ? <span>{event.reference}</span> : null}
        </p>
        {details.comments || details.reason ? (
          <p className="clw-card-note">{details.comments ?? details.reason}</p>
        ) : null}
      </header>

      {pointsGroups.map(({ takenBack, kinds }, index) => (
        <Section
          key={String(takenBack)}
          title={t(takenBack ? 'breakup.takenBack.title' : 'breakup.earned.title')}
        >
          <dl className="clw-details">
            {kinds.map(([kind, entries]) => (
              <PointsEntries
                key={kind}
                entries={entries}
                kind={kind}
                display={display}
                fallbackConversion={conversion}
                takenBack={takenBack}
              />
            ))}
            {/* The net total and the breakup close the last points section. */}
            {index === pointsGroups.length - 1 ? (
              <Item
                term={t('breakup.earned.total')}
                value={
                  <span className="clw-points-entry">
                    <span className="clw-points" data-state={pointsState(event.totalEarned)}>
                      {formatSignedPoints(event.totalEarned, locale)}
                    </span>
                    {/* Promised points are not spendable yet, so the total leaves them out. */}
                    {event.totalEarned === 0 && event.totalPromised > 0 ? (
                      <span className="clw-muted" data-slot="promised-not-included">
                        {t('breakup.earned.promisedNotIncluded')}
                      </span>
                    ) : null}
                  </span>
                }
              />
            ) : null}
          </dl>
          {index === pointsGroups.length - 1 && event.pointsBreakup.length > 0 ? (
            <ul className="clw-plain-list">
              {event.pointsBreakup.map((row, rowIndex) => (
                // Keyed by position: breakup rows have no id.
                <li key={rowIndex}>
                  {[row.pointsCategoryName, row.allocationStrategyName, row.expiryStrategyName]
                    .filter(Boolean)
                    .join(' · ')}
                  {row.points !== null ? `: ${formatPoints(row.points, locale)}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </Section>
      ))}

      {redemptions.map((redemption, index) => (
        // Keyed by position: redemptions may repeat an id.
        <Section
          key={index}
          title={numbered(t('breakup.redeemed.title'), index, redemptions.length)}
        >
          <dl className="clw-details">
            <Item
              term={t('table.column.points')}
              value={
                <span className="clw-points" data-state="debit">
                  {formatSignedPoints(-(redemption.pointsRedeemed ?? 0), locale)}
                </span>
              }
            />
            <Item term={t('breakup.redeemed.purpose')} value={redemption.redemptionPurpose} />
            <Item term={t('breakup.redeemed.redemptionId')} value={redemption.redemptionId} />
            <Item
              term={t('breakup.redeemed.transactionNumber')}
              value={redemption.transactionNumber}
            />
            <Item term={t('breakup.redeemed.notes')} value={redemption.notes} />
          </dl>
        </Section>
      ))}

      {bill ? (
        <Section title={t('breakup.bill.title')}>
          <dl className="clw-details">
            <Item term={t('breakup.bill.number')} value={bill.billNumber} />
            <Item term={t('breakup.bill.date')} value={date(bill.billDate)} />
            <Item
              term={t('breakup.bill.source')}
              value={known(t, 'breakup.source', bill.source?.toUpperCase()) || bill.source}
            />
            <Item term={t('breakup.bill.amount')} value={money(bill.billAmount)} />
            <Item term={t('breakup.bill.grossAmount')} value={money(bill.grossAmount)} />
            <Item term={t('breakup.bill.discount')} value={money(bill.discount)} />
            <Item term={t('breakup.bill.note')} value={bill.note} />
            <Item
              term={t('breakup.bill.paymentModes')}
              value={formatList(
                bill.paymentModes.map((mode) =>
                  [
                    known(t, 'breakup.paymentMode', mode.mode?.toUpperCase()) || mode.mode,
                    mode.value === null ? null : formatAmount(mode.value, locale),
                  ]
                    .filter(Boolean)
                    .join(' '),
                ),
                locale,
              )}
            />
            <Item
              term={t('breakup.bill.returnType')}
              value={known(t, 'breakup.returnType', bill.returnType?.toUpperCase())}
            />
            <Item term={t('breakup.bill.returnDate')} value={date(bill.returnDate)} />
            <Item term={t('breakup.bill.returnAmount')} value={money(bill.returnAmount)} />
          </dl>
          {bill.lineItems.length > 0 ? (
            // A table when the card is wide; a narrow card stacks each line item's values instead.
            <div
              className="clw-line-items-scroll"
              role="region"
              aria-label={t('breakup.bill.lineItems')}
              // A scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable).
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
              tabIndex={0}
            >
              <table className="clw-line-items">
                <caption>
                  {t('breakup.bill.lineItemCount', { count: bill.lineItems.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('breakup.bill.item')}</th>
                    <th scope="col">{t('breakup.bill.quantity')}</th>
                    {hasRate ? <th scope="col">{t('breakup.bill.rate')}</th> : null}
                    <th scope="col">{t('breakup.bill.amount')}</th>
                    <th scope="col">{t('table.column.points')}</th>
                  </tr>
                </thead>
                <tbody>
                  {bill.lineItems.map((item, index) => (
                    // Keyed by position: line items may repeat a code.
                    <tr key={index}>
                      <td>{item.description ?? item.itemCode}</td>
                      {/* `data-label` heads each value when a narrow card stacks the columns. */}
                      <td data-label={t('breakup.bill.quantity')}>{item.quantity ?? ''}</td>
                      {hasRate ? (
                        <td data-label={t('breakup.bill.rate')}>{money(item.rate) ?? ''}</td>
                      ) : null}
                      <td data-label={t('breakup.bill.amount')}>
                        {money(item.amount ?? item.value) ?? ''}
                      </td>
                      <td data-label={t('table.column.points')}>
                        {item.points === null ? '' : formatPoints(item.points, locale)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </Section>
      ) : null}

      {targets.map((target, index) => (
        // Keyed by position: targets may repeat an id.
        <Section key={index} title={numbered(t('breakup.target.title'), index, targets.length)}>
          <dl className="clw-details">
            <Item term={t('breakup.target.name')} value={target.targetName} />
            <Item term={t('breakup.target.description')} value={target.targetDescription} />
            <Item term={t('breakup.target.milestone')} value={target.milestoneName} />
            <Item term={t('breakup.target.group')} value={target.targetGroupName} />
            <Item term={t('breakup.target.period')} value={target.targetPeriodName} />
            <Item
              term={t('breakup.target.progress')}
              value={
                target.targetValue !== null && target.achievedValue !== null
                  ? t('target.progress', {
                      current: target.achievedValue,
                      total: target.targetValue,
                    })
                  : null
              }
            />
            <Item term={t('breakup.target.trigger')} value={target.triggerValue} />
          </dl>
        </Section>
      ))}

      {event.customFields.length > 0 ? (
        <Section title={t('breakup.customFields')}>
          <dl className="clw-details">{fields(event.customFields)}</dl>
        </Section>
      ) : null}
      {event.extendedFields.length > 0 ? (
        <Section title={t('breakup.extendedFields')}>
          <dl className="clw-details">{fields(event.extendedFields)}</dl>
        </Section>
      ) : null}
      {event.alternateCurrencies.length > 0 ? (
        <Section title={t('breakup.alternateCurrencies')}>
          <dl className="clw-details">
            {event.alternateCurrencies.map((currency, index) => (
              <Item
                // Keyed by position: currencies may repeat a name.
                key={index}
                term={currency.name ?? ''}
                value={[
                  currency.value === null ? null : formatPoints(currency.value, locale),
                  currency.expiresOn
                    ? t('breakup.allocations.expires', {
                        date: formatDate(currency.expiresOn, { locale, timeZone }),
                      })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            ))}
          </dl>
        </Section>
      ) : null}

      {customerId !== undefined &&
      event.eventReferenceId &&
      event.eventReferenceId !== '-1' &&
      event.eventTypeId ? (
        <AllocationsToggle event={event} customerId={customerId} />
      ) : null}
    </>
  );
}

function AllocationsToggle({
  event,
  customerId,
}: {
  event: LedgerEvent;
  customerId: string | number;
}) {
  const { t } = useLoyaltyDisplay(en);
  const [open, setOpen] = useState(false);
  const id = useId();
  const section = useRef<HTMLElement>(null);
  return (
    <Section title={t('breakup.allocations.title')} focusRef={section}>
      <button
        type="button"
        className="clw-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t(open ? 'breakup.allocations.hide' : 'breakup.allocations.show')}
      </button>
      <div id={id}>
        {open ? (
          <AllocationsList event={event} customerId={customerId} focusOnRetry={section} />
        ) : null}
      </div>
    </Section>
  );
}

function LoadedBreakup({
  eventLogId,
  customer,
  customerId,
  card,
}: {
  /** Digits only: `"42"` and `42` are one event, and one cached query. */
  eventLogId: string;
  customer: CustomerIdentifier;
  customerId?: string | number;
  /** The card, which outlasts the notice and the loading state a retry swaps in. */
  card: RefObject<HTMLElement | null>;
}) {
  const { t } = useLoyaltyDisplay(en);
  const result = useLedgerEvents({
    customer,
    eventIds: [eventLogId],
    include: LEDGER_PARTS,
    pageSize: 1,
  });
  if (result.status === 'pending') {
    return (
      <p role="status" className="clw-muted">
        {t('breakup.loading')}
      </p>
    );
  }
  if (result.error)
    return (
      <ErrorNotice
        error={result.error}
        title={t('breakup.title')}
        onRetry={result.retry}
        focusOnRetry={card}
      />
    );
  const event = result.events[0];
  if (!event)
    return (
      <header className="clw-card-header" data-slot="not-found">
        <h3 className="clw-card-title">{t('breakup.title')}</h3>
        <p className="clw-card-note">{t('breakup.notFound')}</p>
        <p className="clw-card-note clw-muted">{t('breakup.notFoundHint')}</p>
      </header>
    );
  return <Breakup event={event} customerId={customerId} />;
}

/** The problem with what the card was given to show, if any, as a typed error. */
function usePropsError(props: EventBreakupCardProps, eventLogId: string): LoyaltyApiError | null {
  const { event } = props;
  const given = props.event !== undefined;
  return useMemo(() => {
    if (given) return checkLedgerEvent(event, 'event');
    // An empty id would ask for no id at all, and the API would answer with the latest event.
    if (/^\d+$/.test(eventLogId)) return null;
    return new LoyaltyApiError({
      kind: 'invalid-query',
      path: '',
      message: `<EventBreakupCard> needs an eventLogId of digits, got ${JSON.stringify(eventLogId)}.`,
    });
  }, [given, event, eventLogId]);
}

/**
 * Everything one ledger event holds: what happened and when, the points earned (regular,
 * promotional, promised), redeemed, the bill, the target reached, custom fields, alternate
 * currencies, and on demand its allocations. Sections with no data are left out.
 */
export function EventBreakupCard(props: EventBreakupCardProps) {
  const { t, locale, timeZone } = useLoyaltyDisplay(en, props);
  // The allocations and notices inside read the display without being handed the props.
  const display = useMemo(() => ({ locale, timeZone }), [locale, timeZone]);
  const card = useRef<HTMLElement>(null);
  useStylesheetCheck(card);
  const eventLogId = String(props.eventLogId ?? '').trim();
  const error = usePropsError(props, eventLogId);
  let content: ReactNode;
  if (error) content = <ErrorNotice error={error} title={t('breakup.title')} />;
  else if (props.event) content = <Breakup event={props.event} customerId={props.customerId} />;
  else {
    content = (
      <LoadedBreakup
        eventLogId={eventLogId}
        customer={props.customer}
        customerId={props.customerId}
        card={card}
      />
    );
  }
  return (
    <DisplayOverridesContext.Provider value={display}>
      <article
        ref={card}
        className={['clw-root', 'clw-card', props.className].filter(Boolean).join(' ')}
        data-slot="event-breakup-card"
        // Only a card that loads its event swaps content under the member's focus (on Retry);
        // named, so a screen reader landing on it says more than "article".
        tabIndex={props.event ? undefined : -1}
        aria-label={props.event ? undefined : t('breakup.title')}
      >
        {content}
      </article>
    </DisplayOverridesContext.Provider>
  );
}
