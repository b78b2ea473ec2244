'use client';
import { type ReactNode, useContext, useId } from 'react';
import type {
  LedgerEvent,
  LedgerField,
  LedgerPointsEarned,
} from '../../core/ledger/LedgerEvent.js';
import { sumPoints } from '../../core/ledger/sumPoints.js';
import type { Translator } from '../../i18n/createTranslator.js';
import { en } from '../../i18n/en.js';
import { eventLabel } from '../../i18n/eventLabel.js';
import { eventMessageId } from '../../i18n/eventMessageId.js';
import { formatDate, formatDateTime, formatPoints, formatSignedPoints } from '../../i18n/format.js';
import type { MessageId } from '../../i18n/messages.js';
import { LoyaltyContext } from '../../react/LoyaltyContext.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { useNow } from '../shared/useNow.js';
import { AllocationsSection } from './AllocationsSection.js';
import { BillSection } from './BillSection.js';
import { CardSection } from './CardSection.js';
import { Detail, type DetailItems, Details } from './Details.js';
import { documentedLabel } from './documentedLabel.js';
import { PointsSections, pointsState } from './PointsSections.js';

/**
 * A brand's field value as a member reads it: Yes/No, a card number masked to its last 4 digits.
 * Any field about a card (`Card No.`, `card_number_primary`, `credit_card_pan`) may hold its number,
 * but not one that names an amount or a count: `gift_card_balance` must be read whole.
 */
function fieldValue(t: Translator, { name, value }: LedgerField): ReactNode {
  if (value === null) return null;
  const text = String(value);
  if (text === 'true' || text === 'false')
    return t(`breakup.field.${text === 'true' ? 'yes' : 'no'}`);
  const digits = text.replace(/[\s-]/g, '');
  const cardNumber =
    /card|(?:^|[\W_])pan(?:$|[\W_])/i.test(name ?? '') &&
    !/balance|amount|points|value|count|total|limit|qty|quantity/i.test(name ?? '');
  return cardNumber && /^\d{5,}$/.test(digits) ? (
    <span dir="ltr">•••• {digits.slice(-4)}</span>
  ) : (
    text
  );
}

/** Everything one event holds, section by section; sections with no data are left out. */
export function Breakup({
  event,
  customerId,
}: {
  event: LedgerEvent;
  customerId?: string | number;
}) {
  const { t, locale, dateLocale, timeZone } = useLoyaltyDisplay(en);
  const now = useNow(undefined);
  const hasProvider = useContext(LoyaltyContext) !== null;
  const { details, redemptions, bill, targets } = event;
  const titleId = useId();
  const timeId = useId();
  const title = eventLabel(event, t);
  // Whether the points sections come between the header and the redemptions.
  const { regular, promo, promised } = event.pointsEarned;
  const hasEarned = regular.length + promo.length + promised.length > 0;
  const noPoints = !hasEarned && redemptions.length === 0;
  // How a redemption's points read (see `netPoints`): taken; given back, when a reversal's points
  // are those of the redemption it names; or only named, when it gives them back as points earned.
  const reversal = event.eventName === 'PointsRedemptionReversal';
  const givenBack = reversal && event.totalEarned === 0;
  const namedOnly = reversal && !givenBack;
  const redeemedPoints = (points: number) => {
    if (namedOnly)
      return <span className="clw-points">{formatPoints(Math.abs(points), locale)}</span>;
    return (
      <span className="clw-points" data-state={givenBack ? 'credit' : 'debit'}>
        {formatSignedPoints(givenBack ? Math.abs(points) : -Math.abs(points), locale)}
      </span>
    );
  };
  // With several targets, the points earned list all of theirs together: each target's section says
  // what it paid. With one, they are all its own, and the section would only repeat them.
  const targetPoints = (points: LedgerPointsEarned | null): ReactNode => {
    if (targets.length < 2 || !points) return null;
    const { regular, promo, promised } = points;
    if (regular.length + promo.length + promised.length === 0) return null;
    const spendable = sumPoints([...regular, ...promo]);
    const pending = sumPoints(promised);
    return (
      <span className="clw-points-entry">
        <span className="clw-points" data-state={pointsState(spendable)}>
          {formatSignedPoints(spendable, locale)}
        </span>
        {pending ? (
          // A number, not its text: the message picks "point" or "points" by it.
          <span>
            {t(pending < 0 ? 'table.promisedTakenBack' : 'table.promised', {
              points: Math.abs(pending),
            })}
          </span>
        ) : null}
      </span>
    );
  };
  // One section per redemption or target, keyed by position (ids may repeat). Headings are
  // numbered when an event has several, so each says which one it heads.
  const numberedSections = <T,>(
    sectionTitle: MessageId,
    list: readonly T[],
    items: (entry: T) => DetailItems,
  ) =>
    list.map((entry, index) =>
      // A lone section that would only repeat the card's title, right under it ("Points redeemed"
      // twice over), goes without a heading: the title heads it. Points earned would come between
      // them, and then it keeps its own. By meaning, not words: a language may word them apart.
      list.length === 1 &&
      !hasEarned &&
      (sectionTitle === eventMessageId(event.eventName) ||
        (sectionTitle === 'breakup.redeemed.title' && event.eventName === 'PointsRedemption')) ? (
        <div key={index} className="clw-card-section">
          <Details t={t} items={items(entry)} />
        </div>
      ) : (
        <CardSection
          key={index}
          title={
            list.length > 1
              ? t('breakup.section.numbered', {
                  title: t(sectionTitle),
                  index: index + 1,
                  count: list.length,
                })
              : t(sectionTitle)
          }
        >
          <Details t={t} items={items(entry)} />
        </CardSection>
      ),
    );
  // Brand fields and currencies are termed by their own names, which may repeat: keyed by position.
  const namedSection = <T extends { name: string | null }>(
    title: MessageId,
    list: readonly T[],
    value: (entry: T) => ReactNode,
  ) =>
    list.length > 0 ? (
      <CardSection title={t(title)}>
        <dl className="clw-details">
          {list.map((entry, index) => (
            <Detail key={index} term={entry.name ?? ''} value={value(entry)} />
          ))}
        </dl>
      </CardSection>
    ) : null;

  return (
    <>
      <header className="clw-card-header">
        <h3 id={titleId} data-slot="title">
          {title}
        </h3>
        <p className="clw-card-meta">
          <time id={timeId} dateTime={event.eventTime.toISOString()}>
            {formatDateTime(event.eventTime, { locale: dateLocale, timeZone })}
          </time>
          {details.tillId ? <span>{t('breakup.till', { id: details.tillId })}</span> : null}
          {event.reference ? <span>{event.reference}</span> : null}
        </p>
        {details.comments || details.reason ? (
          <p className="clw-card-note">
            {/* The brand's own words, in their own direction (see ProgressCard's description). */}
            <bdi>{details.comments ?? details.reason}</bdi>
          </p>
        ) : null}
        {/* Why goodwill was given, when the comments say something else. */}
        {details.comments && details.reason && details.reason !== details.comments ? (
          <p className="clw-card-note">{t('breakup.reason', { reason: details.reason })}</p>
        ) : null}
      </header>

      <PointsSections event={event} />
      {/* A registration, say: the card says so rather than stop at its title. */}
      {noPoints ? <p className="clw-card-section clw-muted">{t('breakup.noPoints')}</p> : null}

      {numberedSections(
        givenBack
          ? 'breakup.givenBack.title'
          : namedOnly
            ? 'event.PointsRedemptionReversal'
            : 'breakup.redeemed.title',
        redemptions,
        (redemption) => [
          ['table.column.points', redeemedPoints(redemption.pointsRedeemed ?? 0)],
          ['breakup.redeemed.purpose', redemption.redemptionPurpose],
          ['breakup.redeemed.redemptionId', redemption.redemptionId],
          ['breakup.redeemed.transactionNumber', redemption.transactionNumber],
          ['breakup.redeemed.notes', redemption.notes],
        ],
      )}
      {/* Several redemptions add up to what the table shows for the event. */}
      {redemptions.length > 1 ? (
        <div className="clw-card-section">
          <Details t={t} items={[['breakup.earned.total', redeemedPoints(event.totalRedeemed)]]} />
        </div>
      ) : null}

      {bill ? <BillSection bill={bill} /> : null}

      {numberedSections('breakup.target.title', targets, (target) => [
        ['table.column.points', targetPoints(target.pointsEarned)],
        ['breakup.target.name', target.targetName],
        ['breakup.target.description', target.targetDescription],
        ['breakup.target.milestone', target.milestoneName],
        ['breakup.target.group', target.targetGroupName],
        ['breakup.target.period', target.targetPeriodName],
        [
          'breakup.target.progress',
          target.targetValue !== null && target.achievedValue !== null
            ? t('target.progress', { current: target.achievedValue, total: target.targetValue })
            : null,
        ],
        [
          'breakup.target.trigger',
          target.triggerValue === null ? null : formatPoints(target.triggerValue, locale),
        ],
        [
          'breakup.target.sourceType',
          documentedLabel(t, 'breakup.targetSource', target.sourceType?.toUpperCase()) ||
            target.sourceType,
        ],
      ])}

      {namedSection('breakup.customFields', event.customFields, (field) => fieldValue(t, field))}
      {namedSection('breakup.extendedFields', event.extendedFields, (field) =>
        fieldValue(t, field),
      )}
      {namedSection('breakup.alternateCurrencies', event.alternateCurrencies, (currency) =>
        [
          currency.value === null ? null : formatPoints(currency.value, locale),
          currency.expiresOn
            ? t(
                // As for points: a date gone by is named, not promised.
                now !== null && currency.expiresOn.getTime() < now
                  ? 'breakup.earned.expiryDate'
                  : 'breakup.allocations.expires',
                { date: formatDate(currency.expiresOn, { locale: dateLocale, timeZone }) },
              )
            : null,
        ]
          .filter(Boolean)
          .join(' · '),
      )}

      {/* Allocations load through the provider's client: without one, there is no way to them.
          An event without points allocated none. */}
      {!noPoints &&
      customerId !== undefined &&
      hasProvider &&
      event.eventReferenceId &&
      event.eventReferenceId !== '-1' &&
      event.eventTypeId ? (
        <AllocationsSection
          event={event}
          customerId={customerId}
          // The card's title and time: what tells one open card's buttons from another's.
          describedBy={`${titleId} ${timeId}`}
        />
      ) : null}
    </>
  );
}
