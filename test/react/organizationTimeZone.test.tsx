import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { EventBreakupCard } from '../../src/components/EventBreakupCard/EventBreakupCard.js';
import { createLoyaltyClient } from '../../src/core/client/createLoyaltyClient.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import { LoyaltyProvider } from '../../src/react/LoyaltyProvider.js';

// These tests run in UTC: the member's browser is nine hours behind the programme.
const purchase = normalizeLedgerEvent(
  {
    eventLogId: 1,
    eventName: 'TransactionAdd',
    // 8 am on 28 July in Tokyo, which is still 27 July in UTC.
    eventDetails: { eventTime: '2023-07-28 08:00:00.0' },
    pointsEarned: { regular: [{ value: 10, expiresOn: '2023-08-01 08:00:00.0' }] },
  },
  { timeZone: 'Asia/Tokyo' },
);

function expectProgrammeDays() {
  const card = screen.getByRole('article');
  expect(card).toHaveTextContent('Jul 28, 2023');
  expect(card).toHaveTextContent('Aug 1, 2023');
  expect(card).not.toHaveTextContent('Jul 27, 2023');
}

it("shows dates on the programme's calendar day when only the organisation's zone is given", () => {
  render(
    <LoyaltyProvider baseUrl="/api/loyalty" organizationTimeZone="Asia/Tokyo">
      <EventBreakupCard event={purchase} />
    </LoyaltyProvider>,
  );
  expectProgrammeDays();
});

it("shows dates on the programme's calendar day when the app's own client reads them in its zone", () => {
  const client = createLoyaltyClient({ baseUrl: '/api/loyalty', timeZone: 'Asia/Tokyo' });
  render(
    <LoyaltyProvider client={client}>
      <EventBreakupCard event={purchase} />
    </LoyaltyProvider>,
  );
  expectProgrammeDays();
});
