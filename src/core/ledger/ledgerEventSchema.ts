import * as v from 'valibot';
import { emptyIfUnreadable } from '../parse/parseWire.js';
import {
  wireDate,
  wireList,
  wireNumber,
  wireOptionalBoolean,
  wireOptionalDate,
  wireOptionalNumber,
  wireOptionalText,
  wireText,
} from '../parse/wireFields.js';

const KINDS = ['regular', 'promo', 'promised'] as const;

// Absent parts may also arrive as the strings "null" or "".
const absent = (value: unknown) => (value === 'null' || value === '' ? null : value);

/** An optional object; should a list arrive instead, its first item is read. */
function single<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.optional(
    v.pipe(
      v.unknown(),
      v.transform((value): unknown => (Array.isArray(value) ? (value[0] ?? null) : absent(value))),
      v.nullable(schema),
    ),
    null,
  );
}

/** An optional list of `item`, `[]` when absent. */
function list<TItem extends v.GenericSchema>(item: TItem) {
  return v.optional(v.pipe(v.unknown(), v.transform(absent), wireList(item)), []);
}

/** Every item of what the documents type as "Array" but show as one object: a lone object is a list of one. */
function many<TItem extends v.GenericSchema>(item: TItem) {
  return v.optional(
    v.pipe(
      v.unknown(),
      v.transform((value) =>
        value && typeof value === 'object' && !Array.isArray(value) ? [value] : value,
      ),
      list(item),
    ),
    [],
  );
}

// Custom field values are typed by the brand's configuration: keep scalars, give the rest as JSON.
const scalar = v.optional(
  v.pipe(
    v.unknown(),
    v.transform((value): string | number | boolean | null => {
      if (value === undefined || value === null || value === '' || value === 'null') return null;
      if (typeof value === 'string' || typeof value === 'boolean') return value;
      if (typeof value === 'number') return Number.isFinite(value) ? value : null;
      return JSON.stringify(value) ?? null;
    }),
  ),
  null,
);

function buildSchema(timeZone: string, lenient: boolean) {
  // Descriptive values (a bill amount, a promotion's name, a flag): read leniently, one that cannot
  // be read becomes `null` rather than losing the event. Points stay strict.
  const text = emptyIfUnreadable(lenient, wireOptionalText);
  const number = emptyIfUnreadable(lenient, wireOptionalNumber);
  const date = emptyIfUnreadable(lenient, wireOptionalDate(timeZone));
  const points = wireOptionalNumber;
  // Strict too: an expiry read as empty would tell the member the points never expire. A bare
  // date is the day they last count, as in Capillary's "2024-12-31 23:59:59".
  const expiry = wireOptionalDate(timeZone, true);
  // Strict as well: the event's identity (see ledgerEventKey), which tells it from its neighbours.
  const id = wireOptionalText;

  // Documented as a list of {name, value}; a plain {name: value} object is read as the same pairs.
  const fieldList = v.optional(
    v.pipe(
      v.unknown(),
      v.transform((value) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.entries(value).map(([name, fieldValue]) => ({ name, value: fieldValue }))
          : value,
      ),
      list(v.object({ name: text, value: scalar })),
    ),
    [],
  );

  // `isRequired` arrives as {valueType: "BOOLEAN", value: "false"}; a bare value is read too.
  const attribute = emptyIfUnreadable(
    lenient,
    v.optional(
      v.pipe(
        v.unknown(),
        v.transform((value) =>
          value && typeof value === 'object' ? (value as { value?: unknown }).value : value,
        ),
        wireOptionalBoolean,
      ),
      null,
    ),
  );

  const behavioralField = v.pipe(
    v.object({
      fieldName: text,
      fieldType: text,
      attributes: v.optional(
        v.nullable(v.object({ isRequired: attribute, isUniqueKeyField: attribute })),
        null,
      ),
      isUniqueKeyField: attribute,
    }),
    v.transform(({ fieldName, fieldType, attributes, isUniqueKeyField }) => ({
      fieldName,
      fieldType,
      isRequired: attributes?.isRequired ?? null,
      isUniqueKeyField: isUniqueKeyField ?? attributes?.isUniqueKeyField ?? null,
    })),
  );

  const pointsEntry = v.pipe(
    v.object({
      promotionId: text,
      promotionName: text,
      programId: text,
      programName: text,
      value: points,
      expiresOn: expiry,
      expiryType: text,
      promotionStartDate: date,
      promotionEndDate: date,
      conversionDate: date,
      maxConversionDate: date,
    }),
    v.transform(({ maxConversionDate, ...entry }) => ({
      ...entry,
      conversionDate: entry.conversionDate ?? maxConversionDate,
    })),
  );

  const pointsEarned = v.object({
    regular: list(pointsEntry),
    promo: list(pointsEntry),
    promised: list(pointsEntry),
  });

  const billPointsEarned = v.pipe(
    v.unknown(),
    // The table lists `billDetails.pointsEarned.pointsEarned`: read a wrapped object the same way.
    v.transform((value) => {
      const inner = (value as { pointsEarned?: unknown } | null)?.pointsEarned;
      return inner && typeof inner === 'object' ? inner : value;
    }),
    pointsEarned,
  );

  // Documented as an object; should a list arrive, every item's points count, not the first's.
  const allPointsEarned = (schema: typeof pointsEarned | typeof billPointsEarned) =>
    v.optional(
      v.pipe(
        v.unknown(),
        v.transform((value) =>
          Array.isArray(value)
            ? Object.fromEntries(
                KINDS.map((kind) => [
                  kind,
                  value.flatMap((item: Record<string, unknown> | null) => item?.[kind] ?? []),
                ]),
              )
            : value,
        ),
        single(schema),
      ),
      null,
    );

  const lineItem = v.pipe(
    v.looseObject({
      itemCode: text,
      sku: text,
      description: text,
      qty: number,
      quantity: number,
      rate: number,
      amount: number,
      discount: number,
      value: number,
      points: number,
    }),
    v.transform(
      ({
        itemCode,
        sku,
        qty,
        quantity,
        description,
        rate,
        amount,
        discount,
        value,
        points,
        ...extra
      }) => ({
        itemCode: itemCode ?? sku,
        description,
        quantity: qty ?? quantity,
        rate,
        amount,
        discount,
        value,
        points,
        extra,
      }),
    ),
  );

  const paymentMode = v.pipe(
    v.object({ mode: text, name: text, paymentMode: text, value: number, amount: number }),
    v.transform((payment) => ({
      mode: payment.mode ?? payment.name ?? payment.paymentMode,
      value: payment.value ?? payment.amount,
    })),
  );

  const bill = v.object({
    type: text,
    billNumber: text,
    grossAmount: number,
    discount: number,
    billAmount: number,
    note: text,
    source: text,
    billDate: date,
    returnDate: date,
    returnAmount: number,
    returnType: text,
    returnBillId: text,
    pointsEarned: allPointsEarned(billPointsEarned),
    // Documented as an "Object": a wrapper such as {lineItem: [...]} or a lone item is read too.
    lineItems: v.optional(
      v.pipe(
        v.unknown(),
        v.transform((value) => {
          if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
          return Object.values(value).find(Array.isArray) ?? [value];
        }),
        list(lineItem),
      ),
      [],
    ),
    paymentModes: list(paymentMode),
    maxConversionDate: date,
  });

  const target = v.pipe(
    v.object({
      targetGroupID: text,
      targetGroupName: text,
      targetId: text,
      targetName: text,
      targetDescription: text,
      targetPeriodID: text,
      targetPeriodName: text,
      targetValue: number,
      achievedValue: number,
      triggerValue: number,
      sourceId: text,
      sourceType: text,
      mileStoneName: text,
      pointsEarned: allPointsEarned(pointsEarned),
    }),
    v.transform(({ targetGroupID, targetPeriodID, mileStoneName, ...rest }) => ({
      targetGroupId: targetGroupID,
      targetPeriodId: targetPeriodID,
      milestoneName: mileStoneName,
      ...rest,
    })),
  );

  const redemption = v.object({
    pointsRedeemed: points,
    redemptionPurpose: text,
    transactionNumber: text,
    redemptionId: text,
    notes: text,
    groupRedemption: emptyIfUnreadable(lenient, wireOptionalBoolean),
  });

  const breakup = v.pipe(
    v.looseObject({
      pointsCategoryName: text,
      allocationStrategyName: text,
      pointsAllocationStrategyName: text,
      expiryStrategyName: text,
      pointsExpiryStrategyName: text,
      points: number,
      value: number,
    }),
    v.transform(
      ({
        pointsCategoryName,
        allocationStrategyName,
        pointsAllocationStrategyName,
        expiryStrategyName,
        pointsExpiryStrategyName,
        points,
        value,
        ...extra
      }) => ({
        pointsCategoryName,
        allocationStrategyName: allocationStrategyName ?? pointsAllocationStrategyName,
        expiryStrategyName: expiryStrategyName ?? pointsExpiryStrategyName,
        points: points ?? value,
        extra,
      }),
    ),
  );

  const alternateCurrency = v.pipe(
    v.looseObject({
      name: text,
      currencyName: text,
      value: number,
      points: number,
      // Leniently read, as the currency's other details: it is not the member's points.
      expiresOn: emptyIfUnreadable(lenient, expiry),
      expiryDate: emptyIfUnreadable(lenient, expiry),
    }),
    v.transform(({ name, currencyName, value, points, expiresOn, expiryDate, ...extra }) => ({
      name: name ?? currencyName,
      value: value ?? points,
      expiresOn: expiresOn ?? expiryDate,
      extra,
    })),
  );

  return v.object({
    eventLogId: wireNumber,
    eventName: wireText,
    eventDetails: v.object({
      eventTime: wireDate(timeZone),
      tillId: text,
      reason: text,
      comments: text,
      assocId: text,
      requestId: text,
      eventDisplayName: text,
      displayName: text,
      redemptionDetails: many(redemption),
    }),
    eventReferenceId: id,
    // The document's sample spells it `eventReferenceIds`, sometimes as a list. Read strictly: in
    // place of `eventReferenceId` it is the event's identity (two CustomerRegistration samples
    // share an `eventLogId`), and left empty it would merge two events into one.
    eventReferenceIds: v.optional(
      v.union([
        id,
        v.pipe(
          v.array(wireText),
          v.transform((ids) => ids.join(',') || null),
        ),
      ]),
      null,
    ),
    uniqueId: id,
    pointsEarned: allPointsEarned(pointsEarned),
    pointsBreakup: list(breakup),
    billDetails: single(bill),
    targetCompletedDetails: many(target),
    customFields: fieldList,
    extendedFields: fieldList,
    behavioralEventMetadata: single(v.object({ label: text, fields: list(behavioralField) })),
    alternateCurrencies: list(alternateCurrency),
  });
}

/** Schema of one raw event of `GET v2/pointsLedger/getLedgerExplodeInfo`, as Capillary sends it. */
type LedgerEventSchema = ReturnType<typeof buildSchema>;

/** The strict and the lenient schema of one raw event (see `parseWireLeniently`). */
type LedgerEventSchemas = { strict: LedgerEventSchema; lenient: LedgerEventSchema };

const schemas = new Map<string, LedgerEventSchemas>();

/** The raw ledger event schemas for a time zone (built once per zone). */
export function ledgerEventSchemas(timeZone: string): LedgerEventSchemas {
  let pair = schemas.get(timeZone);
  if (!pair) {
    pair = { strict: buildSchema(timeZone, false), lenient: buildSchema(timeZone, true) };
    schemas.set(timeZone, pair);
  }
  return pair;
}
