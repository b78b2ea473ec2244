/**
 * A local Capillary-compatible API for the example app, end-to-end tests and manual runs:
 * `npm run mock-api -- --port 4010` (or MOCK_API_PORT). It answers the three points endpoints
 * with the same mock as the MSW handlers, checks the credentials it is sent, and can be told to
 * fail:
 *
 * - `POST /v3/oauth/token/generate` `{ key, secret }` issues a token (`demo-key` /
 *   `demo-secret-not-real`); Basic `demo-user` / `demo-password-not-secret` works too;
 * - `POST /__mock/faults` with a JSON array of MockFault replaces the faults to answer with;
 * - `POST /__mock/reset` forgets faults and issued tokens; `GET /__mock/health` answers 200;
 * - env MOCK_API_FAULTS (JSON array of MockFault) and MOCK_API_DELAY_MS set the start state.
 *
 * The demo credentials are fake on purpose: this server holds no secret and must never face the
 * internet (it binds to 127.0.0.1 unless told otherwise).
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createMockCapillary,
  type MockCapillary,
  type MockFault,
} from '../test/mocks/createMockCapillary.js';
import { mockCustomers } from '../test/mocks/mockCustomers.js';
import { toNodeListener } from './toNodeListener.js';

/** The fake Basic user the mock API accepts. */
export const DEMO_BASIC_USER = { username: 'demo-user', password: 'demo-password-not-secret' };
/** The fake OAuth client the mock API issues tokens to. */
export const DEMO_OAUTH_CLIENT = { clientKey: 'demo-key', clientSecret: 'demo-secret-not-real' };

const DEFAULT_PORT = 4010;
const TOKEN_SECONDS = 30 * 60;

/** Options of `startMockApi`. */
export interface StartMockApiOptions {
  /** Port to listen on; `0` picks a free one. @defaultValue 4010 */
  port?: number;
  /** Interface to listen on. @defaultValue '127.0.0.1' */
  host?: string;
  /** Faults to answer with from the start. @defaultValue [] */
  faults?: MockFault[];
  /** Delay every answer, in milliseconds. @defaultValue 0 */
  delayMs?: number;
  /** How long issued tokens live, in seconds. @defaultValue 1800 */
  tokenSeconds?: number;
}

/** A running mock API. */
export interface MockApi {
  /** Its base URL, e.g. `http://127.0.0.1:4010`: pass it as the proxy's `upstream`. */
  url: string;
  /** Stops it, closing open connections. */
  close(): Promise<void>;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function isFault(value: unknown): value is MockFault {
  const fault = value as Partial<MockFault> | null;
  return (
    typeof fault === 'object' &&
    fault !== null &&
    typeof fault.endpoint === 'string' &&
    typeof fault.status === 'number'
  );
}

function readFaults(value: unknown): MockFault[] | null {
  return Array.isArray(value) && value.every(isFault) ? value : null;
}

function fromBasic(header: string | null): string | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  return Buffer.from(match[1], 'base64').toString('utf8');
}

/** Starts the mock API and resolves once it listens. */
export async function startMockApi(options: StartMockApiOptions = {}): Promise<MockApi> {
  const customers = mockCustomers();
  const tokenSeconds = options.tokenSeconds ?? TOKEN_SECONDS;
  /** Issued tokens and when they expire, in epoch milliseconds. */
  const tokens = new Map<string, number>();

  function authorize(headers: Headers): boolean {
    const token = headers.get('X-CAP-API-OAUTH-TOKEN');
    if (token !== null) return (tokens.get(token) ?? 0) > Date.now();
    return (
      fromBasic(headers.get('Authorization')) ===
      `${DEMO_BASIC_USER.username}:${DEMO_BASIC_USER.password}`
    );
  }

  const create = (faults: MockFault[]): MockCapillary =>
    createMockCapillary({ customers, faults, authorize, delayMs: options.delayMs });
  let api = create(options.faults ?? []);

  async function handle(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (request.method === 'GET' && pathname === '/__mock/health') return json({ status: 'ok' });
    if (request.method === 'POST' && pathname === '/__mock/reset') {
      api = create([]);
      tokens.clear();
      return json({ status: 'reset' });
    }
    if (request.method === 'POST' && pathname === '/__mock/faults') {
      const faults = readFaults(await request.json().catch(() => null));
      if (!faults)
        return json({ message: 'Expected a JSON array of { endpoint, status, … }.' }, 400);
      api = create(faults);
      return json({ faults: faults.length });
    }
    if (request.method === 'POST' && pathname === '/v3/oauth/token/generate') {
      const body = (await request.json().catch(() => null)) as {
        key?: unknown;
        secret?: unknown;
      } | null;
      if (
        body?.key !== DEMO_OAUTH_CLIENT.clientKey ||
        body.secret !== DEMO_OAUTH_CLIENT.clientSecret
      ) {
        return json(
          { errors: [{ code: null, message: 'Invalid key or secret' }], warnings: [] },
          401,
        );
      }
      const accessToken = `mock-token-${randomUUID()}`;
      tokens.set(accessToken, Date.now() + tokenSeconds * 1000);
      return json({ data: { accessToken, expiresIn: tokenSeconds }, errors: [], warnings: [] });
    }
    return api.handle(request);
  }

  const server = createServer(toNodeListener(handle));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' } },
    allowPositionals: false,
  });
  const port = Number(values.port ?? process.env.MOCK_API_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`Invalid port: ${port}`);
  const faults = process.env.MOCK_API_FAULTS
    ? readFaults(JSON.parse(process.env.MOCK_API_FAULTS))
    : [];
  if (!faults) throw new Error('MOCK_API_FAULTS must be a JSON array of { endpoint, status, … }.');
  const delayMs = process.env.MOCK_API_DELAY_MS ? Number(process.env.MOCK_API_DELAY_MS) : undefined;
  const api = await startMockApi({
    port,
    host: values.host ?? process.env.MOCK_API_HOST ?? '127.0.0.1',
    faults,
    delayMs,
  });
  console.log(`Mock Capillary API listening on ${api.url}`);
  const stop = () => {
    api.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
