import { onlineManager } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
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

it('asks for the ledger though TanStack Query thinks the browser offline, rather than wait for ever', async () => {
  // An app's own QueryClientProvider makes TanStack Query follow the connection: a query of the
  // provider's own client, which nothing resumes, must not pause. Offline, its fetch fails and
  // the table offers Retry; here the mock answers, so the ledger shows.
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
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/entries loaded$/));
});
