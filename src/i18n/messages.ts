import type { en } from './en.js';

/**
 * A message whose wording depends on a number, chosen with `Intl.PluralRules` for the locale.
 * English needs `one` and `other`; Arabic also uses `zero`, `two`, `few` and `many`.
 */
export interface PluralMessage {
  /**
   * The name of the value that picks the variant.
   * @defaultValue `'count'`
   */
  readonly select?: string;
  /** Variant for the plural category `zero`. */
  readonly zero?: string;
  /** Variant for the plural category `one`. */
  readonly one?: string;
  /** Variant for the plural category `two`. */
  readonly two?: string;
  /** Variant for the plural category `few`. */
  readonly few?: string;
  /** Variant for the plural category `many`. */
  readonly many?: string;
  /** Variant used when the locale's category has no text of its own. */
  readonly other: string;
}

/** The text of one message: a string with `{name}` placeholders, or plural variants of it. */
export type MessageValue = string | PluralMessage;

/** Every message id the widgets use, such as `'table.column.date'` or `'event.TransactionAdd'`. */
export type MessageId = keyof typeof en;

/**
 * A complete catalogue: one text per message id. A message English words with plural variants must
 * have plural variants in every language; a plain English message may gain variants in another one.
 */
export type Messages = {
  readonly [Id in MessageId]: (typeof en)[Id] extends string ? MessageValue : PluralMessage;
};

/** A brand's own wording for some messages; the others keep the built-in text. */
export type PartialMessages = Partial<Messages>;
