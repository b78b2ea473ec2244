import { ALLOCATION_PATH, HISTORY_PATH, LEDGER_PATH } from '../core/client/buildRequests.js';
import { PROXY_MESSAGES, ProxyRefusal } from './ProxyRefusal.js';

/** One of the three endpoints the proxy forwards, found by the end of the request path. */
export type LoyaltyEndpoint =
  | { name: 'ledger'; method: 'GET' }
  | { name: 'allocation'; method: 'GET' }
  | {
      name: 'history';
      method: 'POST';
      /** The customer id in the path, still to be checked against the member. */
      customerId: string;
    };

const HISTORY_SUFFIX = new RegExp(`/${HISTORY_PATH}/([^/]+)$`);

/**
 * Finds which endpoint a path (under any base path, e.g. `/api/loyalty/…`) asks for, or `null`.
 * Encoded characters, dot segments, empty segments and backslashes are refused outright: none
 * of the three paths needs them, and each is a way to make two parsers disagree on the path.
 */
export function matchLoyaltyEndpoint(pathname: string): LoyaltyEndpoint | null {
  if (/[%\\]/.test(pathname) || /\/\/|\/\.\.?(\/|$)/.test(pathname)) {
    throw new ProxyRefusal(400, PROXY_MESSAGES.badPath);
  }
  if (pathname.endsWith(`/${LEDGER_PATH}`)) return { name: 'ledger', method: 'GET' };
  if (pathname.endsWith(`/${ALLOCATION_PATH}`)) return { name: 'allocation', method: 'GET' };
  const history = HISTORY_SUFFIX.exec(pathname);
  if (history?.[1]) return { name: 'history', method: 'POST', customerId: history[1] };
  return null;
}
