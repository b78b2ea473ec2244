import type { LoyaltyProxyCredentials } from './LoyaltyProxyOptions.js';

/** A credential header for one upstream request. */
export interface CredentialHeader {
  /** Header name, e.g. `Authorization`. */
  name: string;
  /** Header value. */
  value: string;
}

/** Hands out the credential header to send upstream, fetching and renewing OAuth tokens. */
interface CredentialSource {
  /** Whether a credential upstream refused with 401 can be replaced by a fresh one. */
  readonly renewable: boolean;
  /**
   * The header to send. Pass the header upstream refused with 401 to get a fresh token; the
   * requests refused with the same token share one renewal.
   */
  header(refused?: CredentialHeader): Promise<CredentialHeader>;
  /** Every secret held right now, to keep out of anything shown to a browser. */
  secrets(): string[];
}

/** Settings of the token fetch. */
interface CredentialSourceSettings {
  /** Capillary's host, without a trailing slash. */
  upstream: string;
  /** The fetch used for the token endpoint. */
  fetch: typeof fetch;
  /** Time allowed for one token fetch, in milliseconds. */
  timeoutMs: number;
}

const TOKEN_HEADER = 'X-CAP-API-OAUTH-TOKEN';
const DEFAULT_TOKEN_SECONDS = 30 * 60;
const RENEW_BEFORE_EXPIRY_MS = 60_000;

interface CachedToken {
  token: string;
  /** When to stop using it, in epoch milliseconds. */
  renewAt: number;
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function positiveNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
}

/** Reads `{ data: { accessToken, expiresIn } }` or the same fields at the top level. */
function readToken(body: unknown): { token: string; seconds: number } {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const data = (
    typeof record.data === 'object' && record.data !== null ? record.data : {}
  ) as Record<string, unknown>;
  const token = data.accessToken ?? record.accessToken;
  if (typeof token !== 'string' || token === '') {
    throw new Error('The Capillary token endpoint answered without an access token.');
  }
  const seconds = positiveNumber(data.expiresIn) ?? positiveNumber(record.expiresIn);
  return { token, seconds: seconds ?? DEFAULT_TOKEN_SECONDS };
}

/** Creates the credential source for the proxy's credentials. */
export function createCredentialSource(
  credentials: LoyaltyProxyCredentials,
  settings: CredentialSourceSettings,
): CredentialSource {
  switch (credentials.type) {
    case 'basic': {
      const encoded = base64(`${credentials.username}:${credentials.password}`);
      const header = { name: 'Authorization', value: `Basic ${encoded}` };
      return {
        renewable: false,
        header: async () => header,
        secrets: () => [credentials.username, credentials.password, encoded],
      };
    }
    case 'oauth':
      return createTokenSource(credentials, settings);
    default:
      return credentials satisfies never;
  }
}

function createTokenSource(
  credentials: Extract<LoyaltyProxyCredentials, { type: 'oauth' }>,
  settings: CredentialSourceSettings,
): CredentialSource {
  const tokenUrl = credentials.tokenUrl ?? `${settings.upstream}/v3/oauth/token/generate`;
  let cached: CachedToken | undefined;
  let pending: Promise<CachedToken> | undefined;

  async function generate(): Promise<CachedToken> {
    const response = await settings.fetch(tokenUrl, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ key: credentials.clientKey, secret: credentials.clientSecret }),
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new Error(`The Capillary token endpoint answered ${response.status}.`);
    }
    const { token, seconds } = readToken(await response.json());
    const lifetime = seconds * 1000;
    // A token that lives under two minutes is used for half its life rather than not at all.
    return {
      token,
      renewAt: Date.now() + lifetime - Math.min(RENEW_BEFORE_EXPIRY_MS, lifetime / 2),
    };
  }

  async function token(refused?: string): Promise<string> {
    if (refused !== undefined && cached?.token === refused) cached = undefined;
    if (cached && Date.now() < cached.renewAt) return cached.token;
    if (!pending) {
      pending = generate().finally(() => {
        pending = undefined;
      });
      pending.then(
        (fresh) => {
          cached = fresh;
        },
        () => undefined,
      );
    }
    return (await pending).token;
  }

  return {
    renewable: true,
    async header(refused) {
      return { name: TOKEN_HEADER, value: await token(refused?.value) };
    },
    secrets: () => [
      credentials.clientKey,
      credentials.clientSecret,
      ...(cached ? [cached.token] : []),
    ],
  };
}
