// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LoyaltyProvider } from '../../src/react/LoyaltyProvider.js';
import { useLedgerEvents } from '../../src/react/useLedgerEvents.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const { api } = setupMockServer(() => ({ customers: [] }));

function Balance() {
  const { status } = useLedgerEvents({
    customer: { identifierName: 'mobile', identifierValue: '1', source: 'INSTORE' },
  });
  return <p>{status}</p>;
}

describe('server rendering', () => {
  it('renders the pending state on the server without fetching or crashing', async () => {
    const index = await import('../../src/index.js');
    expect(index.LoyaltyProvider).toBeTypeOf('function');
    const html = renderToString(
      <LoyaltyProvider baseUrl="https://loyalty.test/api">
        <Balance />
      </LoyaltyProvider>,
    );
    expect(html).toBe('<p>pending</p>');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(api().requests).toHaveLength(0);
  });
});
