// Entry 'capillary-loyalty-widgets/core': framework-free, no React below this folder.
export type { CapillaryMessage, LoyaltyApiErrorKind } from './client/LoyaltyApiError.ts';
export { LoyaltyApiError } from './client/LoyaltyApiError.ts';
export type { EventTypeName } from './eventTypes.ts';
export { EVENT_TYPES } from './eventTypes.ts';
export { LoyaltyParseError } from './parse/LoyaltyParseError.ts';
