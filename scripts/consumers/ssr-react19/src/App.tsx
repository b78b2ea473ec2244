import { LoyaltyProvider, PointsLedgerTable, StreakProgress } from 'capillary-loyalty-widgets';

const DAY = 86_400_000;

/** Props of the page: `now` is the server's clock, handed to the browser so the data match. */
export interface AppProps {
  now: number;
}

export function App({ now }: AppProps) {
  return (
    // An explicit zone: the server and the member's browser rarely share one.
    <LoyaltyProvider baseUrl="/api/loyalty" locale="en-IN" timeZone="Asia/Kolkata">
      <main>
        <h1>My points</h1>
        <PointsLedgerTable
          customer={{
            identifierName: 'mobile',
            identifierValue: '917406401004',
            source: 'INSTORE',
          }}
          customerId={374819205}
        />
        {/* No `now`: "time left" waits for the browser, so hydration keeps the server's HTML. */}
        <StreakProgress
          name="Weekend streak"
          description="Shop on five weekends in a row"
          levels={[3, 5]}
          currentValue={4}
          achievedLevels={[{ level: 1, achievedAt: new Date(now - 7 * DAY) }]}
          startDate={new Date(now - 30 * DAY)}
          endDate={new Date(now + 20 * DAY)}
        />
      </main>
    </LoyaltyProvider>
  );
}
