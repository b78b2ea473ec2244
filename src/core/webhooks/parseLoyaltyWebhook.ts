import { LoyaltyParseError } from '../parse/LoyaltyParseError.js';
import { parseLoyaltyNumber } from '../parse/parseLoyaltyNumber.js';
import { parseWire } from '../parse/parseWire.js';
import type {
  KnownWebhookEventName,
  LoyaltyWebhookEvent,
  ParseResult,
  TriggeringActivity,
  WebhookHeader,
} from './LoyaltyWebhookEvent.js';
import { normalizeWireKeys } from './normalizeWireKeys.js';
import {
  createWebhookSchemas,
  type EnvelopeFields,
  type WebhookSchemas,
} from './webhookSchemas.js';

/** Options of `parseLoyaltyWebhook`. */
export interface ParseLoyaltyWebhookOptions {
  /**
   * IANA time zone in which dates without a zone (`2024-08-05 01:30:00`, `2023-06-19`) are read.
   * @defaultValue 'UTC'
   */
  timeZone?: string | undefined;
}

type WireRecord = Record<string, unknown>;

const schemasByTimeZone = new Map<string, WebhookSchemas>();
let knownNames: Map<string, KnownWebhookEventName> | undefined;

function schemasFor(timeZone: string): WebhookSchemas {
  let schemas = schemasByTimeZone.get(timeZone);
  if (!schemas) {
    schemas = createWebhookSchemas(timeZone);
    schemasByTimeZone.set(timeZone, schemas);
  }
  return schemas;
}

// Matched without regard to case: one sample sends "issuedalternateCurrenciesReversed".
function knownName(name: string, schemas: WebhookSchemas): KnownWebhookEventName | undefined {
  knownNames ??= new Map(
    (Object.keys(schemas.events) as KnownWebhookEventName[]).map((known) => [
      known.toLowerCase(),
      known,
    ]),
  );
  return knownNames.get(name.toLowerCase());
}

function isRecord(value: unknown): value is WireRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value;
}

/**
 * Reads a Capillary webhook payload (already `JSON.parse`d) into a typed event. Accepts the three
 * envelopes of the documents (`{eventType, attributes: {data}}`, flat `{eventName, data}`,
 * `{event: {body}}`), org-prefixed event types, the documents' key typos, numbers sent as strings
 * and every documented date shape. An event name it does not know gives an `unknown` event with
 * the raw payload. Never throws: a payload that does not fit gives `{ ok: false, error }`, the
 * error's `path` naming the field.
 */
export function parseLoyaltyWebhook(
  payload: unknown,
  options?: ParseLoyaltyWebhookOptions,
): ParseResult<LoyaltyWebhookEvent> {
  try {
    return { ok: true, event: readEvent(payload, options?.timeZone ?? 'UTC') };
  } catch (error) {
    if (error instanceof LoyaltyParseError) return { ok: false, error };
    // An unknown time zone, or a payload too deeply nested to walk.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: new LoyaltyParseError('', message, { cause: error }) };
  }
}

function readEvent(payload: unknown, timeZone: string): LoyaltyWebhookEvent {
  const root = normalizeWireKeys(payload);
  if (!isRecord(root)) {
    throw new LoyaltyParseError('', `expected a webhook object, received ${describe(root)}`);
  }
  const schemas = schemasFor(timeZone);

  // Header fields can sit at each level of the envelope; later levels win.
  let envelope = root;
  let path = '';
  const body = isRecord(root.event) ? root.event.body : undefined;
  if (isRecord(body)) {
    envelope = body;
    path = 'event.body';
  }
  const levels: Array<[WireRecord, string]> = [[envelope, path]];
  let data: unknown;
  let dataPath: string;
  if (isRecord(envelope.attributes)) {
    levels.push([envelope.attributes, join(path, 'attributes')]);
    data = envelope.attributes.data;
    dataPath = join(path, 'attributes.data');
  } else {
    data = envelope.data;
    dataPath = join(path, 'data');
    // One sample (issuedAlternateCurrenciesReversed) sends the whole header inside `data`.
    if (envelope.eventName == null && envelope.eventType == null && isRecord(data)) {
      levels.unshift([data, dataPath]);
    }
  }
  const fields = mergeLevels(
    levels.map(([level, levelPath]) => parseWire(schemas.envelope, level, levelPath)),
  );

  const typePrefix = /^(\d+)_(.*)$/.exec(fields.eventType?.trim() ?? '');
  const name = (fields.eventName ?? typePrefix?.[2] ?? fields.eventType)?.trim();
  if (!name) {
    throw new LoyaltyParseError(join(path, 'eventName'), 'expected the name of the event');
  }
  const known = knownName(name, schemas);
  if (known && !isRecord(data)) {
    throw new LoyaltyParseError(dataPath, `expected an object, received ${describe(data)}`);
  }
  const common = isRecord(data) ? parseWire(schemas.common, data, dataPath) : null;

  let activity: TriggeringActivity | null = common?.triggeringActivity ?? null;
  if (activity && !activity.enteredBy && common?.enteredBy) {
    activity = { ...activity, enteredBy: common.enteredBy };
  }
  const createdAt = fields.createdAt ?? fields.timeStamp ?? null;
  const customer = common?.customerIdentifiers ?? common?.survivorCustomerIdentifiers ?? null;
  const header: WebhookHeader = {
    eventId:
      fields.eventId ??
      `${fields.refId ?? fields.apiRequestId ?? fields.loyaltyEventId ?? ''}@${createdAt?.getTime() ?? ''}#${contentHash(data)}`,
    orgId: fields.orgId ?? (typePrefix ? Number(typePrefix[1]) : null),
    customerId: customer?.customerId ?? null,
    customer,
    createdAt,
    triggeringActivity: activity,
    eventLogId: fields.eventLogId ?? common?.eventLogId ?? eventLogIdOf(activity),
    loyaltyEventId: fields.loyaltyEventId ?? common?.loyaltyEventId ?? null,
  };
  if (!known) return { ...header, name: 'unknown', eventName: name, raw: payload };

  const eventFields = parseWire(schemas.events[known], data, dataPath);
  // valibot's output is a fresh object: completing it is much faster than spreading it into a new
  // one (measured: ~15 µs an event). The schema table is typed per name (EventDataSchemas);
  // TypeScript cannot follow `known` through it.
  return Object.assign(eventFields, header, { name: known }) as LoyaltyWebhookEvent;
}

/** The header fields of all levels of the envelope, a later level's value winning over an earlier. */
function mergeLevels(levels: EnvelopeFields[]): EnvelopeFields {
  const pick = <TKey extends keyof EnvelopeFields>(key: TKey): EnvelopeFields[TKey] => {
    let value: EnvelopeFields[TKey] | null = null;
    for (const level of levels) value = level[key] ?? value;
    return value as EnvelopeFields[TKey];
  };
  // An object literal rather than keys added in a loop keeps the object's shape fast.
  return {
    eventName: pick('eventName'),
    eventType: pick('eventType'),
    eventId: pick('eventId'),
    loyaltyEventId: pick('loyaltyEventId'),
    refId: pick('refId'),
    apiRequestId: pick('apiRequestId'),
    eventLogId: pick('eventLogId'),
    orgId: pick('orgId'),
    createdAt: pick('createdAt'),
    timeStamp: pick('timeStamp'),
  };
}

/**
 * A short hash (FNV-1a) of an event's data. One API request can send several events of one name
 * at one instant (two streaks unenrolled together): without an `eventId`, their content tells
 * them apart, while a redelivery keeps its stand-in id.
 */
function contentHash(data: unknown): string {
  // Keys sorted at every level: a relay that stores payloads (e.g. as jsonb) may reorder them.
  const text =
    JSON.stringify(data, (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
        : value,
    ) ?? '';
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

// Streak and unified target events name the ledger's event log only among the activity's identifiers.
function eventLogIdOf(activity: TriggeringActivity | null): number | null {
  const identifier = activity?.identifiers.find((item) => item.key.toLowerCase() === 'eventlogid');
  return parseLoyaltyNumber(identifier?.value) ?? null;
}
