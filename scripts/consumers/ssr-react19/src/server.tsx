import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { PassThrough } from 'node:stream';
import { createLoyaltyProxy } from 'capillary-loyalty-widgets/server';
import { StrictMode } from 'react';
import { renderToPipeableStream } from 'react-dom/server';
import { App } from './App.js';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name}`);
  return value;
}

const clientDir = resolve(process.env.CLIENT_DIR ?? 'dist/client');
const manifest = JSON.parse(readFileSync(join(clientDir, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  { file: string; css?: string[] }
>;
const entry = manifest['src/entry-client.tsx'];
if (!entry) throw new Error('The client build has no src/entry-client.tsx');
const script = `/${entry.file}`;
const styles = (entry.css ?? []).map((file) => `/${file}`);

// Capillary's credentials live here, on the server; the browser only ever calls /api/loyalty.
const proxy = createLoyaltyProxy({
  upstream: requiredEnv('LOYALTY_UPSTREAM'),
  credentials: {
    type: 'basic',
    username: requiredEnv('LOYALTY_API_USER'),
    password: requiredEnv('LOYALTY_API_PASSWORD'),
  },
  // A real app reads its session here; this one always serves the same member.
  resolveCustomer: () => ({
    customerId: 374819205,
    identifierName: 'mobile',
    identifierValue: '917406401004',
    source: 'INSTORE',
  }),
  onError: (error) => console.error('loyalty proxy:', error),
});

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming as AsyncIterable<Buffer>) chunks.push(chunk);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (value) for (const item of value) headers.append(name, item);
  }
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
  return new Request(`http://localhost${incoming.url ?? '/'}`, {
    method: incoming.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

async function handleProxy(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const response = await proxy(await toRequest(incoming));
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

async function handleAsset(pathname: string, outgoing: ServerResponse): Promise<void> {
  const file = resolve(clientDir, `.${pathname}`);
  if (!file.startsWith(clientDir + sep)) {
    outgoing.writeHead(404).end();
    return;
  }
  const body = await readFile(file).catch(() => null);
  if (!body) {
    outgoing.writeHead(404).end();
    return;
  }
  outgoing.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  outgoing.end(body);
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The page around the app: React renders only what the browser hydrates, `#root`'s content. */
function shell(now: number): { head: string; tail: string } {
  const links = styles.map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`);
  return {
    head: [
      '<!doctype html><html lang="en"><head><meta charset="utf-8">',
      '<link rel="icon" href="data:,"><title>Loyalty widgets, server-rendered</title>',
      ...links,
      `</head><body><div id="root" data-now="${now}">`,
    ].join(''),
    tail: `</div><script type="module" src="${escapeAttribute(script)}"></script></body></html>`,
  };
}

function handlePage(outgoing: ServerResponse): void {
  const now = Date.now();
  const { head, tail } = shell(now);
  // The same tree as entry-client.tsx hydrates: useId's ids follow the tree from its root.
  const { pipe } = renderToPipeableStream(
    <StrictMode>
      <App now={now} />
    </StrictMode>,
    {
      onShellReady() {
        outgoing.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        outgoing.write(head);
        // React ends the stream it pipes into: the page's end goes out after it.
        const body = new PassThrough();
        body.on('data', (chunk: Buffer) => outgoing.write(chunk));
        body.on('end', () => outgoing.end(tail));
        pipe(body);
      },
      onShellError(error) {
        console.error('render failed:', error);
        outgoing.writeHead(500, { 'Content-Type': 'text/plain' }).end('Render failed');
      },
      onError(error) {
        console.error('render error:', error);
      },
    },
  );
}

const server = createServer((incoming, outgoing) => {
  const { pathname } = new URL(incoming.url ?? '/', 'http://localhost');
  const handled = pathname.startsWith('/api/loyalty/')
    ? handleProxy(incoming, outgoing)
    : pathname.startsWith('/assets/')
      ? handleAsset(pathname, outgoing)
      : Promise.resolve(handlePage(outgoing));
  handled.catch((error: unknown) => {
    console.error(error);
    if (!outgoing.headersSent) outgoing.writeHead(500);
    outgoing.end();
  });
});

server.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? '127.0.0.1', () => {
  const { address, port } = server.address() as AddressInfo;
  console.log(`listening on http://${address}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
