// The i18n layer: message catalogues, the translator and Intl formatting. Framework-free.
export { ar } from './ar.js';
export type { TranslationValues, Translator, TranslatorOptions } from './createTranslator.js';
export { createTranslator } from './createTranslator.js';
export { en } from './en.js';
export type { ErrorMessageSource } from './errorMessageId.js';
export { errorMessageId } from './errorMessageId.js';
export { eventMessageId } from './eventMessageId.js';
export type { DateDisplayStyle, FormatDateOptions } from './format.js';
export {
  formatAmount,
  formatDate,
  formatDateTime,
  formatPoints,
  formatRelative,
  formatSignedPoints,
} from './format.js';
export type {
  MessageId,
  Messages,
  MessageValue,
  PartialMessages,
  PluralMessage,
} from './messages.js';
export { messagesForLocale, SUPPORTED_LANGUAGES } from './messagesForLocale.js';
export { textDirection } from './textDirection.js';
