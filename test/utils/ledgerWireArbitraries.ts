import fc from 'fast-check';

/** JSON as it travels on the wire. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Arbitraries for pages of `getLedgerExplodeInfo`, modelled on the fields of
 * ledger-explode-info.txt and the samples in test/fixtures/ledger: numbers as numbers or as strings
 * ("101.000"), absent values missing, `null`, `"null"` or `""`, lone objects where the document
 * says "Array", every documented date shape. Each event comes with what a member must see for it,
 * worked out here from the generated values in whole thousandths of a point (exact, no floats),
 * never by calling the library.
 */

/** What the widgets must show for a readable event, in thousandths of a point. */
export interface ExpectedEvent {
  /** Spendable points: earned minus redeemed (a redemption reversal's given back). */
  net: number;
  /** Promised points. */
  promised: number;
  /** The reference the row names (bill, redemption, milestone, target or reference id), or null. */
  reference: string | null;
  /** The bill's number, when there is a bill that sent one. */
  billNumber: string | null;
  /** Each redemption's transaction (bill) number, when it sent one, in the order sent. */
  redemptionNumbers: (string | null)[];
  /** The event name as sent. */
  eventName: string;
  /** The entries of the points earned, by kind, in the order sent (an absent value counts 0). */
  entries: { regular: number[]; promo: number[]; promised: number[] };
  /** Regular plus promotional points. */
  earned: number;
  /**
   * When the soonest of the points earned expire: the earliest `expiresOn` of the regular and
   * promotional entries that gave points (promised ones are not spendable yet), or null.
   */
  expiry: number | null;
  /** Each redemption's points, with the sign they were sent with (an absent value counts 0). */
  redemptions: number[];
  /** Each target's own points: regular plus promotional, promised, and whether it sent any entry. */
  targets: { spendable: number; promised: number; hasEntries: boolean }[];
  /** The bill's amount, when there is a bill that sent one. */
  billAmount: number | null;
  /** Each points breakup row: its category name and its points, when it sent them. */
  breakup: { name: string | null; points: number | null }[];
}

/** A readable event as sent, with its expected row and how long ago it happened. */
export interface ReadableWireEvent {
  minutesAgo: number;
  wire: Json;
  expected: ExpectedEvent;
}

/** Words that are not any member's: a widget showing one has shown a programming value. */
export const LEAKED_VALUE = /NaN|undefined|null|\[object Object\]|Infinity/;

// ——— leaves ———

/** A points figure in thousandths of a point: small, round, zero, negative, up to a billion. */
const thousandths = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -200_000, max: 200_000 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, -1, 1_000, 101_000, -50_000, 999) },
  { weight: 1, arbitrary: fc.integer({ min: -1e12, max: 1e12 }) },
);

/** A number as Capillary may write it: a JSON number or a string of several shapes. */
function spellNumber(value: number, how: number): Json {
  const plain = value / 1000;
  switch (how % 5) {
    case 0:
      return plain;
    case 1:
      return plain.toFixed(3); // "101.000"
    case 2:
      return String(plain);
    case 3:
      return ` ${plain.toFixed(3)} `;
    default:
      return plain >= 0 ? `+${plain}` : String(plain);
  }
}

/** How an absent value is sent: not at all (undefined), `null`, `"null"` or `""`. */
const absentSpelling = fc.constantFrom<Json | undefined>(undefined, null, 'null', '');

/** Words, with unicode, right-to-left and very long ones, never one of `LEAKED_VALUE`. */
const words = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 16 }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'BILL240302',
        'txn-79',
        'Sub target 1',
        'مكافأة نهاية الأسبوع',
        'נקודות מתנה',
        '‏فاتورة‏ 42',
        '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✨',
        'e\u0301te\u0301',
        '<b>bold</b>',
        '  spaced  ',
        '-1',
        '0',
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 8 })
        .map((text) => text.repeat(400)),
    },
  )
  .filter((text) => text !== '' && !LEAKED_VALUE.test(text));

/** An optional text field: its value (null when absent) and how it is sent. */
const optionalText = fc.oneof(
  fc.record({ value: fc.constant<string | null>(null), sent: absentSpelling }),
  words.map((text) => ({ value: text as string | null, sent: text as Json | undefined })),
);

/** Sets `key` on `target` unless `sent` is undefined (the key is missing). */
function put(target: Record<string, Json>, key: string, sent: Json | undefined) {
  if (sent !== undefined) target[key] = sent;
}

/** The document's date shapes for a whole-minute instant (zone-less ones are read in UTC). */
function spellDate(time: number, how: number): Json {
  const iso = new Date(time).toISOString(); // 2024-10-25T22:59:00.000Z
  const wall = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  const shifted = new Date(time + 330 * 60_000).toISOString();
  switch (how % 8) {
    case 0:
      return `${wall}.0`; // 2024-10-25 22:59:12.0
    case 1:
      return `${iso.slice(0, 23)}+0000`; // 2024-07-01T13:40:26.172+0000
    case 2:
      return `${shifted.slice(0, 19)}+05:30`; // 2024-06-30T00:00:00+05:30
    case 3:
      return wall; // 2024-08-05 01:30:00
    case 4:
      return time; // epoch milliseconds
    case 5:
      return String(time);
    case 6:
      return time / 1000; // epoch seconds
    default:
      return iso;
  }
}

const DAY = 86_400_000;

/**
 * An expiry as sent, with the instant it stands for (`null` when absent): missing, absent, a
 * documented shape, or any whole minute of 2024–2031 in any date shape. Zone-less shapes are read
 * in UTC, and a bare date is its last day: its last millisecond.
 */
export const expiryWithInstant: fc.Arbitrary<{ sent: Json | undefined; at: number | null }> =
  fc.oneof(
    absentSpelling.map((sent) => ({ sent, at: null })),
    fc.constantFrom(
      { sent: '2025-10-31 23:59:59.0', at: Date.UTC(2025, 9, 31, 23, 59, 59) },
      { sent: '2026-03-31', at: Date.UTC(2026, 2, 31) + DAY - 1 },
      { sent: '2030-01-01T00:00:00+05:30', at: Date.UTC(2030, 0, 1) - 330 * 60_000 },
      { sent: 1_900_000_000_000, at: 1_900_000_000_000 },
    ),
    fc
      .tuple(fc.integer({ min: 28_401_120, max: 32_083_200 }), fc.nat())
      .map(([minute, how]) => ({ sent: spellDate(minute * 60_000, how), at: minute * 60_000 })),
    fc.integer({ min: 19_723, max: 22_280 }).map((day) => ({
      sent: new Date(day * DAY).toISOString().slice(0, 10),
      at: (day + 1) * DAY - 1,
    })),
  );

/** An expiry as sent, without the instant. */
const expiry = expiryWithInstant.map(({ sent }) => sent);

// ——— points ———

/** One entry of `pointsEarned.regular`, `.promo` or `.promised`. */
const pointsEntry = fc
  .record({
    value: fc.option(thousandths, { nil: null, freq: 6 }),
    spelling: fc.nat(),
    absent: absentSpelling,
    promotionName: optionalText,
    programName: optionalText,
    expiresOn: expiryWithInstant,
    programId: fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: undefined }),
  })
  .map(({ value, spelling, absent, promotionName, programName, expiresOn, programId }) => {
    const wire: Record<string, Json> = {};
    put(wire, 'value', value === null ? absent : spellNumber(value, spelling));
    put(wire, 'promotionName', promotionName.sent);
    put(wire, 'programName', programName.sent);
    put(wire, 'expiresOn', expiresOn.sent);
    put(wire, 'programId', programId);
    put(wire, 'expiryType', expiresOn.sent === undefined ? undefined : 'fixed');
    return { value: value ?? 0, expiresAt: expiresOn.at, wire: wire as Json };
  });

/** An entry: its points (0 when absent), when they expire (`null`: no expiry sent), as sent. */
type PointsEntry = { value: number; expiresAt: number | null; wire: Json };

/** A list of entries; an empty one may be sent as `[]`, missing, `null` or `"null"`. */
const pointsList = fc
  .record({
    entries: fc.array(pointsEntry, { maxLength: 3 }),
    emptyAs: fc.constantFrom<Json | undefined>([], undefined, null, 'null'),
  })
  .map(({ entries, emptyAs }) => ({
    entries,
    sent: entries.length === 0 ? emptyAs : entries.map((entry) => entry.wire),
  }));

/** A `pointsEarned` object: what it holds by kind, and how it is sent. */
interface PointsEarned {
  regular: PointsEntry[];
  promo: PointsEntry[];
  promised: PointsEntry[];
  wire: Json;
}

const pointsEarned = fc
  .record({ regular: pointsList, promo: pointsList, promised: pointsList })
  .map(({ regular, promo, promised }): PointsEarned => {
    const wire: Record<string, Json> = {};
    put(wire, 'regular', regular.sent);
    put(wire, 'promo', promo.sent);
    put(wire, 'promised', promised.sent);
    return { regular: regular.entries, promo: promo.entries, promised: promised.entries, wire };
  });

const sum = (entries: readonly PointsEntry[]) =>
  entries.reduce((total, entry) => total + entry.value, 0);
const entryCount = (points: PointsEarned | null) =>
  points ? points.regular.length + points.promo.length + points.promised.length : 0;

// ——— parts of an event ———

const redemption = fc
  .record({
    points: fc.option(thousandths, { nil: null, freq: 8 }),
    spelling: fc.nat(),
    absent: absentSpelling,
    transactionNumber: optionalText,
    redemptionId: optionalText,
    purpose: optionalText,
  })
  .map(({ points, spelling, absent, transactionNumber, redemptionId, purpose }) => {
    const wire: Record<string, Json> = {};
    put(wire, 'pointsRedeemed', points === null ? absent : spellNumber(points, spelling));
    put(wire, 'transactionNumber', transactionNumber.sent);
    put(wire, 'redemptionId', redemptionId.sent);
    put(wire, 'redemptionPurpose', purpose.sent);
    wire.groupRedemption = false;
    return {
      points: points ?? 0,
      transactionNumber: transactionNumber.value,
      redemptionId: redemptionId.value,
      wire: wire as Json,
    };
  });

const target = fc
  .record({
    targetName: optionalText,
    mileStoneName: optionalText,
    points: fc.option(pointsEarned, { nil: null }),
    targetValue: fc.option(thousandths, { nil: undefined }),
  })
  .map(({ targetName, mileStoneName, points, targetValue }) => {
    const wire: Record<string, Json> = { targetGroupID: 46750, targetId: 76041 };
    put(wire, 'targetName', targetName.sent);
    put(wire, 'mileStoneName', mileStoneName.sent);
    put(wire, 'targetValue', targetValue === undefined ? undefined : spellNumber(targetValue, 1));
    if (points) wire.pointsEarned = points.wire;
    return {
      targetName: targetName.value,
      milestoneName: mileStoneName.value,
      points,
      wire: wire as Json,
    };
  });

const bill = fc
  .record({
    billNumber: optionalText,
    billAmount: fc.option(thousandths, { nil: undefined }),
    points: fc.option(pointsEarned, { nil: null }),
    // The document's table nests them once more: billDetails.pointsEarned.pointsEarned.
    wrapped: fc.boolean(),
    returnType: fc.constantFrom(undefined, 'AMOUNT', 'FULL', 'LINE_ITEM', 'CANCELLED'),
  })
  .map(({ billNumber, billAmount, points, wrapped, returnType }) => {
    const wire: Record<string, Json> = { type: 'REGULAR' };
    put(wire, 'billNumber', billNumber.sent);
    put(wire, 'billAmount', billAmount === undefined ? undefined : spellNumber(billAmount, 1));
    put(wire, 'returnType', returnType);
    if (points) wire.pointsEarned = wrapped ? { pointsEarned: points.wire } : points.wire;
    return {
      billNumber: billNumber.value,
      billAmount: billAmount ?? null,
      points,
      wire: wire as Json,
    };
  });

/** Several items, sent as a list, or a lone one as the object itself (the samples do both). */
function manyOf<T extends { wire: Json }>(item: fc.Arbitrary<T>) {
  return fc
    .record({
      items: fc.array(item, { maxLength: 2 }),
      lone: fc.boolean(),
      emptyAs: absentSpelling,
    })
    .map(({ items, lone, emptyAs }) => {
      const [only] = items;
      let sent: Json | undefined = items.map((each) => each.wire);
      if (items.length === 0) sent = emptyAs;
      else if (only && items.length === 1 && lone) sent = only.wire;
      return { items, sent };
    });
}

/** The card's other sections: brand fields, points breakup rows, currencies, bill lines. */
const fieldValue = fc.oneof(
  words.map((text): Json => text),
  fc.integer().map((value): Json => value),
  fc.boolean().map((value): Json => value),
  fc.constantFrom<Json>('null', '', null, '4111 1111 1111 1234', { tier: 'gold' }, ['a', 'b']),
);

const extras = fc.record({
  customFields: fc.oneof(
    fc.array(fc.record({ name: words, value: fieldValue }), { maxLength: 2 }),
    // Also sent as a plain {name: value} object.
    fc.dictionary(words, fieldValue, { maxKeys: 2 }),
  ),
  pointsBreakup: fc.array(
    fc.record({
      pointsCategoryName: optionalText,
      points: fc.option(thousandths, { nil: null }),
      spelling: fc.nat(),
    }),
    { maxLength: 2 },
  ),
  alternateCurrencies: fc.array(
    fc.record({ name: words, value: fc.option(thousandths, { nil: null }), expiresOn: expiry }),
    { maxLength: 2 },
  ),
  lineItems: fc.array(
    fc.record({
      description: optionalText,
      qty: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
      amount: fc.option(thousandths, { nil: undefined }),
      points: fc.option(thousandths, { nil: undefined }),
    }),
    { maxLength: 2 },
  ),
});

const EVENT_NAMES = [
  'TransactionAdd',
  'PointsRedemption',
  'TargetCompleted',
  'AllocateGoodwillPoints',
  'CustomerRegistration',
  'ReturnBill',
  'PointsRedemptionReversal',
  'PointsExpiry',
  'GenericEvent',
  'RevokeEarnPromotionEvent',
] as const;

const eventName = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom<string>(...EVENT_NAMES) },
  { weight: 1, arbitrary: words },
);

/** Capillary's ids: a small pool, so two events of a page often share one. */
const eventLogId = fc
  .tuple(fc.constantFrom(30527930, 27909380, 632749682, 8143509), fc.boolean())
  .map(([id, asText]) => (asText ? String(id) : id));

/** How far back events happen: whole minutes within the table's first 180 days. */
const MINUTES_BACK = 170 * 24 * 60;

/** Any whole minute of the table's first 180 days, `minutesAgo` before `now`. */
export const anyMinuteAgo = fc.integer({ min: 1, max: MINUTES_BACK });

/**
 * A readable event: its wire JSON, what the table must show for it, and when it happened.
 * @param minutesAgo How long before `now` it happens, in whole minutes within the table's first
 *   170 days; any such minute unless given (a filter's property picks minutes at day edges).
 */
export function readableEvent(
  now: number,
  minutesAgo: fc.Arbitrary<number> = anyMinuteAgo,
): fc.Arbitrary<ReadableWireEvent> {
  return fc
    .record({
      minutesAgo,
      timeSpelling: fc.nat(),
      eventName,
      eventLogId,
      uniqueId: optionalText,
      eventReferenceId: fc.oneof(
        fc.constant<Json | undefined>(undefined),
        fc.constantFrom<Json>('-1', '263985', 564332013, 'null'),
      ),
      own: fc.oneof(
        fc.constant<'missing' | 'null' | 'empty'>('missing'),
        fc.constantFrom<'missing' | 'null' | 'empty'>('null', 'empty'),
        pointsEarned,
      ),
      redemptions: manyOf(redemption),
      targets: manyOf(target),
      bill: fc.option(bill, { nil: null }),
      displayName: optionalText,
      extras,
    })
    .map((parts): ReadableWireEvent => {
      const time = now - parts.minutesAgo * 60_000;
      const details: Record<string, Json> = {
        eventTime: spellDate(time, parts.timeSpelling),
        tillId: 50137565,
      };
      put(details, 'redemptionDetails', parts.redemptions.sent);
      put(details, 'displayName', parts.displayName.sent);
      const wire: Record<string, Json> = {
        eventLogId: parts.eventLogId,
        eventName: parts.eventName,
        eventDetails: details,
      };
      put(wire, 'uniqueId', parts.uniqueId.sent);
      put(wire, 'eventReferenceId', parts.eventReferenceId);
      const own = typeof parts.own === 'string' ? null : parts.own;
      if (own) wire.pointsEarned = own.wire;
      else if (parts.own === 'null') wire.pointsEarned = null;
      else if (parts.own === 'empty') wire.pointsEarned = {};
      put(wire, 'targetCompletedDetails', parts.targets.sent);
      const { customFields, pointsBreakup, alternateCurrencies, lineItems } = parts.extras;
      if (parts.bill) {
        const lines = lineItems.map(({ description, qty, amount, points }) => {
          const line: Record<string, Json> = { itemCode: 'SKU-1' };
          put(line, 'description', description.sent);
          put(line, 'qty', qty === undefined ? undefined : String(qty));
          put(line, 'amount', amount === undefined ? undefined : spellNumber(amount, 1));
          put(line, 'points', points === undefined ? undefined : spellNumber(points, 0));
          return line;
        });
        wire.billDetails = { ...(parts.bill.wire as Record<string, Json>), lineItems: lines };
      }
      wire.customFields = customFields as Json;
      wire.pointsBreakup = pointsBreakup.map(({ pointsCategoryName, points, spelling }) => {
        const row: Record<string, Json> = {};
        put(row, 'pointsCategoryName', pointsCategoryName.sent);
        put(row, 'points', points === null ? undefined : spellNumber(points, spelling));
        return row;
      });
      wire.alternateCurrencies = alternateCurrencies.map(({ name, value, expiresOn }) => {
        const currency: Record<string, Json> = { name };
        put(currency, 'value', value === null ? undefined : spellNumber(value, 2));
        put(currency, 'expiresOn', expiresOn);
        return currency;
      });

      // Where the event's points are: its own, else every target's, else the bill's; the first
      // place holding any entry (the top level repeats a bill's: they are never added up).
      const targetPoints = parts.targets.items.flatMap((each) =>
        each.points ? [each.points] : [],
      );
      const joined: PointsEarned = {
        regular: targetPoints.flatMap((points) => points.regular),
        promo: targetPoints.flatMap((points) => points.promo),
        promised: targetPoints.flatMap((points) => points.promised),
        wire: null,
      };
      const source = [own, joined, parts.bill?.points ?? null].find(
        (points) => entryCount(points) > 0,
      );
      const earned = source ? sum(source.regular) + sum(source.promo) : 0;
      const promised = source ? sum(source.promised) : 0;
      const expiries = source
        ? [...source.regular, ...source.promo].flatMap(({ value, expiresAt }) =>
            value > 0 && expiresAt !== null ? [expiresAt] : [],
          )
        : [];
      // A redemption takes points whatever the sign it is written with.
      const redeemed = parts.redemptions.items.reduce(
        (total, each) => total + Math.abs(each.points),
        0,
      );
      // A redemption reversal gives back the points of the redemption it names, once.
      const net =
        parts.eventName === 'PointsRedemptionReversal'
          ? Math.abs(earned !== 0 ? earned : redeemed)
          : earned - redeemed;

      const [firstRedemption] = parts.redemptions.items;
      const [firstTarget] = parts.targets.items;
      const referenceId =
        parts.eventReferenceId === undefined || parts.eventReferenceId === 'null'
          ? null
          : String(parts.eventReferenceId);
      const reference =
        parts.bill?.billNumber ??
        firstRedemption?.transactionNumber ??
        firstRedemption?.redemptionId ??
        firstTarget?.milestoneName ??
        firstTarget?.targetName ??
        (referenceId === '-1' ? null : referenceId);

      return {
        minutesAgo: parts.minutesAgo,
        wire,
        expected: {
          net,
          promised,
          reference,
          billNumber: parts.bill?.billNumber ?? null,
          redemptionNumbers: parts.redemptions.items.map((each) => each.transactionNumber),
          eventName: parts.eventName,
          entries: {
            regular: source?.regular.map((entry) => entry.value) ?? [],
            promo: source?.promo.map((entry) => entry.value) ?? [],
            promised: source?.promised.map((entry) => entry.value) ?? [],
          },
          earned,
          expiry: expiries.length > 0 ? Math.min(...expiries) : null,
          redemptions: parts.redemptions.items.map((each) => each.points),
          targets: parts.targets.items.map(({ points }) => ({
            spendable: points ? sum(points.regular) + sum(points.promo) : 0,
            promised: points ? sum(points.promised) : 0,
            hasEntries: entryCount(points) > 0,
          })),
          billAmount: parts.bill?.billAmount ?? null,
          breakup: pointsBreakup.map(({ pointsCategoryName, points }) => ({
            name: pointsCategoryName.value,
            points,
          })),
        },
      };
    });
}

/** An event the table cannot show: one field that makes it is missing or unreadable. */
export function unreadableEvent(now: number): fc.Arbitrary<Json> {
  const breakages: ((event: Record<string, Json>) => Json)[] = [
    ({ eventLogId: _, ...rest }) => rest,
    (event) => ({ ...event, eventLogId: 'not-a-number' }),
    (event) => ({ ...event, eventLogId: { id: 1 } }),
    ({ eventName: _, ...rest }) => rest,
    (event) => ({ ...event, eventDetails: { tillId: 1 } }),
    (event) => ({ ...event, eventDetails: { eventTime: 'yesterday' } }),
    (event) => ({ ...event, eventDetails: { eventTime: '2024-02-31 10:00:00' } }),
    ({ eventDetails: _, ...rest }) => rest,
    (event) => ({ ...event, pointsEarned: { regular: [{ value: '1,000' }] } }),
    (event) => ({ ...event, pointsEarned: { promo: [{ value: '12abc' }] } }),
    (event) => ({ ...event, pointsEarned: { promised: [{ value: true }] } }),
    (event) => ({ ...event, pointsEarned: { regular: [{ value: 5, expiresOn: 'soon' }] } }),
    () => null,
    () => 42,
    () => 'TransactionAdd',
    () => [],
  ];
  return fc
    .tuple(readableEvent(now), fc.integer({ min: 0, max: breakages.length - 1 }))
    .map(([{ wire }, index]) =>
      (breakages[index] as (typeof breakages)[number])(wire as Record<string, Json>),
    );
}

/** Options of `ledgerPage`. */
export interface LedgerPageOptions {
  maxEvents: number;
  maxUnreadable: number;
  /** Readable events at least. @defaultValue 0 */
  minEvents?: number;
  /** When each readable event happens, in minutes before `now`. @defaultValue any minute */
  minutesAgo?: fc.Arbitrary<number>;
  /**
   * Whether two readable events may happen at the same minute (a sort's ties).
   * @defaultValue false: each at a minute of its own
   */
  sameMinutes?: boolean;
}

/** A page: readable events (at distinct minutes unless told), with unreadable ones among them. */
export function ledgerPage(now: number, options: LedgerPageOptions) {
  const event = readableEvent(now, options.minutesAgo);
  const length = { minLength: options.minEvents ?? 0, maxLength: options.maxEvents };
  return fc
    .record({
      readable: options.sameMinutes
        ? fc.array(event, length)
        : fc.uniqueArray(event, { selector: (each) => each.minutesAgo, ...length }),
      unreadable: fc.array(fc.tuple(unreadableEvent(now), fc.nat()), {
        maxLength: options.maxUnreadable,
      }),
      warnings: fc.constantFrom<Json | undefined>(undefined, [], null),
    })
    .map(({ readable, unreadable, warnings }) => {
      const events: Json[] = readable.map((event) => event.wire);
      for (const [event, at] of unreadable) events.splice(at % (events.length + 1), 0, event);
      const body: Record<string, Json> = { events };
      put(body, 'warnings', warnings);
      return { body: body as Json, readable, unreadableCount: unreadable.length };
    });
}
