import { onlineManager } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { createLoyaltyClient } from '../../src/core/client/createLoyaltyClient.js';
import { LoyaltyProvider } from '../../src/react/LoyaltyProvider.js';
import { MEMBERS, mockCustomers } from '../mocks/mockCustomers.js';
import { TEST_BASE_URL } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

setupMockServer(() => ({ customers: mockCustomers() }));

afterEach(() => {
  cleanup();
  onlineManager.setOnline(true);
});

it('loads the ledger once the connection is back, on the provider’s own query client', async () => {
  // An app's own QueryClientProvider makes TanStack Query follow the connection: offline, the
  // widget's first request waits instead of failing.
  onlineManager.setOnline(false);
  const client = createLoyaltyClient({ baseUrl: TEST_BASE_URL, timeZone: 'UTC' });
  const member = {
    identifierName: 'mobile',
    identifierValue: MEMBERS.regular.identifierValue,
    source: 'INSTORE',
  };
  render(
    <LoyaltyProvider client={client} timeZone="UTC">
      <PointsLedgerTable customer={member} />
    </LoyaltyProvider>,
  );
  const status = screen.getByRole('status');
  expect(status).toHaveTextContent('Loading points activity…');
  act(() => onlineManager.setOnline(true));
  await waitFor(() => expect(status).toHaveTextContent(/entries loaded$/));
});
