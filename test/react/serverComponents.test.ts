import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../src');
const read = (file: string) => readFileSync(resolve(src, file), 'utf8');
const modules = readdirSync(src, { recursive: true })
  .map(String)
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'));
const isClientModule = (file: string) => /^'use client';/.test(read(file));
/** Modules that run React's client-only APIs: hooks, context, or components that use them. */
const usesClientReact = (file: string) =>
  /from 'react'/.test(read(file)) &&
  /\b(use(State|Effect|LayoutEffect|Ref|Memo|Callback|Context|Id|SyncExternalStore|Transition|DeferredValue)|createContext)\b/.test(
    read(file),
  );

// In React Server Components, a module marked 'use client' can only hand its exports to the client:
// calling one on the server fails at request time, after the build and type check passed.
describe('React Server Components', () => {
  it('lets server code call the core functions through the main entry', () => {
    expect(isClientModule('index.ts')).toBe(false);
    const reExported = [...read('index.ts').matchAll(/from '\.\/(core\/[^']+)\.js'/g)].map(
      ([, path]) => `${path}.ts`,
    );
    expect(reExported.length).toBeGreaterThan(0);
    expect(reExported.filter(isClientModule)).toEqual([]);
  });

  it('marks every module with hooks or context as a client module', () => {
    const unmarked = modules.filter(
      (file) => !file.startsWith('server') && usesClientReact(file) && !isClientModule(file),
    );
    expect(unmarked).toEqual([]);
  });
});
