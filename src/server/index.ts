// Entry 'capillary-loyalty-widgets/server': framework-free, no React, for Node ≥ 18 and any
// Fetch-standard runtime. It holds Capillary's credentials, so it must never reach a browser.
export { createLoyaltyProxy } from './createLoyaltyProxy.js';
export type {
  LoyaltyMember,
  LoyaltyProxyBasicCredentials,
  LoyaltyProxyCredentials,
  LoyaltyProxyHandler,
  LoyaltyProxyOAuthCredentials,
  LoyaltyProxyOptions,
} from './LoyaltyProxyOptions.js';
