'use client';
import type { LedgerEvent, LedgerPointsEntry } from '../../core/ledger/LedgerEvent.js';
import { en } from '../../i18n/en.js';
import { formatDate, formatPoints, formatSignedPoints } from '../../i18n/format.js';
import { type LoyaltyDisplay, useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { useNow } from '../shared/useNow.js';
import { CardSection } from './CardSection.js';
import { Detail } from './Details.js';
import { documentedLabel } from './documentedLabel.js';

/** Credit or debit, for the colour of signed points; a zero is neither. */
export const pointsState = (value: number) => (value < 0 ? 'debit' : value > 0 ? 'credit' : 'none');

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
  const { t, locale, dateLocale, timeZone } = display;
  // A date gone by is named, not promised: the points may have expired or converted, or been spent
  // or taken back first, and only their allocations tell which.
  const now = useNow(undefined);
  if (entries.length === 0) return null;
  const day = (date: Date | null) =>
    date ? formatDate(date, { locale: dateLocale, timeZone }) : '';
  const past = (date: Date) => now !== null && date.getTime() < now;
  return (
    <>
      <dt>{t(`breakup.earned.${kind}`)}</dt>
      {entries.map((entry, index) => {
        const conversion = entry.conversionDate ?? fallbackConversion;
        const source = [entry.promotionName, entry.programName].filter(Boolean).join(' · ');
        // A type with no words of its own (the document names only `fixed`) shows as sent.
        const expiryType =
          documentedLabel(t, 'breakup.expiryType', entry.expiryType?.toLowerCase()) ||
          entry.expiryType;
        const start = day(entry.promotionStartDate);
        const end = day(entry.promotionEndDate);
        return (
          // Entries have no id of their own; the API's order is stable.
          <dd key={index} className="clw-points-entry">
            <span
              className="clw-points"
              // Promised points are not the member's yet: neutral, as in the table.
              data-state={
                kind === 'promised' && (entry.value ?? 0) > 0
                  ? 'pending'
                  : pointsState(entry.value ?? 0)
              }
            >
              {formatSignedPoints(entry.value ?? 0, locale)}
            </span>
            {source ? <span>{source}</span> : null}
            {!takenBack && kind === 'promised' && conversion ? (
              <span>
                {t(
                  past(conversion)
                    ? 'breakup.earned.conversionDate'
                    : 'breakup.earned.promisedConverts',
                  { date: day(conversion) },
                )}
              </span>
            ) : null}
            {!takenBack && kind !== 'promised' && entry.expiresOn ? (
              <span>
                {t(
                  past(entry.expiresOn)
                    ? 'breakup.earned.expiryDate'
                    : 'breakup.allocations.expires',
                  { date: day(entry.expiresOn) },
                )}
                {expiryType ? ` (${expiryType})` : ''}
              </span>
            ) : null}
            {start || end ? (
              <span>
                {start && end
                  ? t('breakup.earned.promotionPeriod', { start, end })
                  : start
                    ? t('breakup.earned.promotionFrom', { date: start })
                    : t('breakup.earned.promotionUntil', { date: end })}
              </span>
            ) : null}
          </dd>
        );
      })}
    </>
  );
}

/**
 * The points an event earned, then those it took back (a return's negative entries), each section
 * only when it has any; the last one closes with the net total and the points breakup.
 */
export function PointsSections({ event }: { event: LedgerEvent }) {
  const display = useLoyaltyDisplay(en);
  const { t, locale } = display;
  const conversion = event.bill?.maxConversionDate ?? null;
  const groups = [false, true]
    .map((takenBack) => ({
      takenBack,
      kinds: KINDS.map(
        ([kind, key]) =>
          [
            kind,
            event.pointsEarned[key].filter((entry) => (entry.value ?? 0) < 0 === takenBack),
          ] as const,
      ),
    }))
    .filter((group) => group.kinds.some(([, entries]) => entries.length > 0));
  // The document names no keys of a breakup row: one holding only keys the card does not read
  // would be a blank line, which a screen reader still counts as an item.
  const breakup = event.pointsBreakup
    .map((row) => ({
      names: [row.pointsCategoryName, row.allocationStrategyName, row.expiryStrategyName]
        .filter(Boolean)
        .join(' · '),
      points: row.points,
    }))
    .filter(({ names, points }) => names !== '' || points !== null);

  return groups.map(({ takenBack, kinds }, index) => {
    const last = index === groups.length - 1;
    return (
      <CardSection
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
          {last ? (
            <Detail
              term={t('breakup.earned.total')}
              value={
                <span className="clw-points-entry">
                  <span className="clw-points" data-state={pointsState(event.totalEarned)}>
                    {formatSignedPoints(event.totalEarned, locale)}
                  </span>
                  {/* Promised points are not spendable yet, so the total leaves them out, and
                      says so: listed above it, given or taken back, they would not add up to it. */}
                  {event.totalPromised !== 0 ? (
                    <span className="clw-muted" data-slot="promised-not-included">
                      {t('breakup.earned.promisedNotIncluded')}
                    </span>
                  ) : null}
                </span>
              }
            />
          ) : null}
        </dl>
        {last && breakup.length > 0 ? (
          <ul className="clw-plain-list">
            {breakup.map(({ names, points }, rowIndex) => (
              // Keyed by position: breakup rows have no id.
              <li key={rowIndex}>
                {names}
                {points !== null ? `${names ? ': ' : ''}${formatPoints(points, locale)}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
      </CardSection>
    );
  });
}
