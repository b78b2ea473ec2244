import { randomUUID } from 'node:crypto';
import type { Plugin } from 'vite';
import { toNodeListener } from '../../scripts/toNodeListener.js';
import {
  createLoyaltyProxy,
  type LoyaltyMember,
  type LoyaltyProxyCredentials,
} from '../../src/server/index.js';
import { DEMO_MEMBERS } from './demoMembers.js';

/** Where the page's client sends its requests: the proxy answers everything under it. */
export const PROXY_PATH = '/api/loyalty';

/** The demo's session cookie, standing in for the brand's own signed-in session. */
export const SESSION_COOKIE = 'clw_demo_session';

/** Options of `loyaltyProxyPlugin`. */
export interface LoyaltyProxyPluginOptions {
  /** The Capillary-compatible API behind the proxy, e.g. the mock API's URL. */
  upstream: string;
  /** The credentials the proxy adds upstream. They stay in this Node process. */
  credentials: LoyaltyProxyCredentials;
}

/** The value of one cookie of a `Cookie` header, if present. */
function readCookie(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * Mounts `createLoyaltyProxy` in Vite's dev server at `/api/loyalty`, the way a brand mounts it in
 * its own server, and signs every visitor of the page in as the demo's regular member.
 */
export function loyaltyProxyPlugin(options: LoyaltyProxyPluginOptions): Plugin {
  // One session, made up at start: the cookie's value cannot be guessed or edited into another
  // member, so whoever the page asks for, the proxy knows who is really signed in.
  const sessionId = randomUUID();
  const { customerId, identifierName, identifierValue, source } = DEMO_MEMBERS.regular;
  const signedIn: LoyaltyMember = { customerId, identifierName, identifierValue, source };
  return {
    name: 'member-page:loyalty-proxy',
    apply: 'serve',
    configureServer(server) {
      const logger = server.config.logger;
      const proxy = createLoyaltyProxy({
        upstream: options.upstream,
        credentials: options.credentials,
        resolveCustomer: (request) =>
          readCookie(request.headers.get('Cookie'), SESSION_COOKIE) === sessionId ? signedIn : null,
        // The browser gets a generic 5xx message; the reason belongs in the server's log.
        onError: (error) =>
          logger.warn(`[loyalty proxy] ${error instanceof Error ? error.message : String(error)}`),
      });
      const listener = toNodeListener(proxy);
      // Added before Vite's own middlewares, so the SPA fallback never sees an API path.
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? '/';
        if (
          url === PROXY_PATH ||
          url.startsWith(`${PROXY_PATH}/`) ||
          url.startsWith(`${PROXY_PATH}?`)
        ) {
          void listener(request, response);
          return;
        }
        // A page load signs the visitor in; modules, styles and other assets need no session.
        const isPage = request.headers.accept?.includes('text/html') ?? false;
        if (isPage && readCookie(request.headers.cookie, SESSION_COOKIE) !== sessionId) {
          response.setHeader(
            'Set-Cookie',
            `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Strict`,
          );
        }
        next();
      });
    },
  };
}
