// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createLoyaltyClient } from '../../../src/core/client/createLoyaltyClient.js';

const customer = { identifierName: 'mobile', identifierValue: '917406401004', source: 'INSTORE' };

describe('createLoyaltyClient on a server', () => {
  it('says the proxy path must be a full URL, instead of reporting a network failure', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const client = createLoyaltyClient({ baseUrl: '/api/loyalty', fetch });
    await expect(client.getLedgerEvents({ customer })).rejects.toMatchObject({
      kind: 'invalid-query',
      message: expect.stringContaining('baseUrl "/api/loyalty" is not an absolute URL'),
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});
