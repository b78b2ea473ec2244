import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Fetch-standard handler, such as the loyalty proxy or the mock Capillary. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** Bodies of the mock API and of the proxy's test server are small; more is refused. */
const MAX_BODY_BYTES = 1024 * 1024;

async function readBody(incoming: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  // A copy into a plain ArrayBuffer: what `BodyInit` accepts.
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/**
 * Serves a Fetch-standard handler from `node:http`: builds a `Request` from the incoming message
 * (headers as sent, body buffered) and writes the `Response` back. For the mock API and tests.
 */
export function toNodeListener(handler: FetchHandler) {
  return async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const controller = new AbortController();
    outgoing.on('close', () => {
      if (!outgoing.writableFinished) controller.abort();
    });
    try {
      const headers = new Headers();
      for (let index = 0; index + 1 < incoming.rawHeaders.length; index += 2) {
        const name = incoming.rawHeaders[index] as string;
        if (!name.startsWith(':')) headers.append(name, incoming.rawHeaders[index + 1] as string);
      }
      const method = incoming.method ?? 'GET';
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const body = hasBody ? await readBody(incoming) : undefined;
      if (body === null) {
        outgoing.writeHead(413, { 'Content-Type': 'text/plain' }).end('Request body too large');
        return;
      }
      // The Host header is the client's to choose: only the path and query are taken from it.
      const request = new Request(`http://localhost${incoming.url ?? '/'}`, {
        method,
        headers,
        body,
        signal: controller.signal,
      });
      const response = await handler(request);
      outgoing.writeHead(response.status, [...response.headers].flat());
      if (response.body) {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          outgoing.write(chunk);
        }
      }
      outgoing.end();
    } catch (error) {
      if (!outgoing.headersSent) {
        outgoing.writeHead(500, { 'Content-Type': 'text/plain' });
      }
      outgoing.end(error instanceof Error ? 'Internal error' : undefined);
    }
  };
}
