import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  createMockCapillary,
  type MockCapillary,
  type MockCapillaryOptions,
} from '../mocks/createMockCapillary.js';
import { mswHandlers } from '../mocks/mswHandlers.js';

/**
 * Serves a fresh mock Capillary to each test of the calling file through MSW. Call `api()` inside
 * a test for that test's mock (its request log, its faults).
 */
export function setupMockServer(options: () => MockCapillaryOptions) {
  const server = setupServer();
  let current: MockCapillary | undefined;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    current = createMockCapillary(options());
    server.resetHandlers(...mswHandlers(current));
  });
  afterAll(() => server.close());
  return {
    server,
    api(): MockCapillary {
      if (!current) throw new Error('setupMockServer: api() is only available inside a test');
      return current;
    },
  };
}
